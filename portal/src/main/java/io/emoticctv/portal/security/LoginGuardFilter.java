package io.emoticctv.portal.security;

import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Throttles the login form: an account or client address with too many failed logins is locked
 * for a while, and sent to a page saying so without its password being checked; each login,
 * successful or not, goes to the audit trail.
 */
@Filter(value = "/login", methods = HttpMethod.POST)
final class LoginGuardFilter implements HttpServerFilter {

  private final LoginThrottle accounts;
  private final LoginThrottle addresses;
  private final AuditTrail audit;
  private final ExecutorService blocking;

  LoginGuardFilter(
      SecuritySettings settings,
      AuditTrail audit,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.blocking = blocking;
    Clock clock = Clock.systemUTC();
    this.accounts = new LoginThrottle(settings.maxFailedLoginsPerAccount(), settings.failureWindow(), settings.lockout(), clock);
    this.addresses = new LoginThrottle(settings.maxFailedLoginsPerAddress(), settings.failureWindow(), settings.lockout(), clock);
    this.audit = audit;
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
              Optional<Instant> until = later(accounts.lockedUntil(email), addresses.lockedUntil(address(request)));
              if (until.isPresent()) {
                return Mono.just(locked(until.get()));
              }
              return Mono.from(chain.proceed(request))
                  .publishOn(Schedulers.fromExecutor(blocking))
                  .doOnNext(response -> outcome(request, email, response));
            });
  }

  private void outcome(HttpRequest<?> request, String email, MutableHttpResponse<?> response) {
    String address = address(request);
    boolean failed = response.getHeaders().get(HttpHeaders.LOCATION, String.class).map(l -> l.contains("error=")).orElse(true);
    if (failed) {
      boolean lockedNow = accounts.failed(email) | addresses.failed(address);
      audit.record(email, "login.failure", email, "from " + address + (lockedNow ? "; now locked" : ""));
    } else {
      accounts.succeeded(email);
      audit.record(email, "login.success", email, "from " + address);
    }
  }

  /** To the page that says until when logging in is blocked. */
  private static MutableHttpResponse<?> locked(Instant until) {
    return HttpResponse.seeOther(URI.create(LockedLoginController.PATH + "?until=" + until.getEpochSecond()));
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
  }

  static String address(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
