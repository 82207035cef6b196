package io.emoticctv.portal.security;

import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import reactor.core.scheduler.Schedulers;
import io.emoticctv.portal.users.UserAccount;
import java.time.Instant;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Throttles the login form: an account or client address with too many failed logins is locked
 * for a while, and sent to a page saying so without its password being checked; each login,
 * successful or not, goes to the audit trail. A right password of an account with two-factor
 * login is not a success yet: its failures are forgotten only once the code is given too.
 */
@Filter(value = "/login", methods = HttpMethod.POST)
final class LoginGuardFilter implements HttpServerFilter {

  private final LoginAttempts attempts;
  private final AuditTrail audit;
  private final ExecutorService blocking;

  LoginGuardFilter(
      LoginAttempts attempts,
      AuditTrail audit,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.attempts = attempts;
    this.audit = audit;
    this.blocking = blocking;
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return chain.proceed(request);
    }
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    return Mono.fromFuture(server.byteBody().split().buffer())
        .map(
            body -> {
              try (CloseableAvailableByteBody b = body) {
                return SubmittedField.find(contentType, b.toByteArray(), "username")
                    .map(UserAccount::normalizeEmail)
                    .orElse("");
              }
            })
        .flatMap(
            email -> {
              Optional<Instant> until = attempts.lockedUntil(email, request);
              if (until.isPresent()) {
                return Mono.just(LoginAttempts.lockedPage(until.get()));
              }
              return Mono.from(chain.proceed(request))
                  .publishOn(Schedulers.fromExecutor(blocking))
                  .doOnNext(response -> outcome(request, email, response));
            });
  }

  private void outcome(HttpRequest<?> request, String email, MutableHttpResponse<?> response) {
    String address = LoginAttempts.address(request);
    String location = response.getHeaders().get(HttpHeaders.LOCATION, String.class).orElse("error=");
    if (location.contains("error=")) {
      attempts.recordFailure(email, request, "login.failure");
    } else if (location.equals(PendingSecondFactor.PATH)) {
      audit.record(email, "login.password-accepted", email, "from " + address + "; second factor to follow");
    } else {
      attempts.succeeded(email);
      audit.record(email, "login.success", email, "from " + address);
    }
  }
}
