package io.emoticctv.portal.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import java.util.Optional;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Refuses with 403 every POST, PUT, PATCH and DELETE that does not carry its session's CSRF token
 * ({@link CsrfTokens}): in the header {@value CsrfTokens#HEADER} (scripts) or the form field
 * {@value CsrfTokens#FORM_FIELD} (forms; {@link CsrfFormProcessor} puts it into every form).
 *
 * <p>Runs after the security filter, so an anonymous request is sent to the login page and a
 * request of the wrong role gets the security filter's 403 first. The login form itself is left
 * out: its session is replaced on success anyway, and {@code LoginGuardFilter} throttles it.
 * Requests authenticated by an API token ({@code Authorization: Bearer}) carry no cookie a
 * forger could ride on and are left out too.
 */
@Filter(
    value = "/**",
    methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class CsrfFilter implements HttpServerFilter {
  private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
  static final Set<String> EXEMPT_PATHS = Set.of("/login");

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
    if (EXEMPT_PATHS.contains(request.getPath()) || bearer(request)) {
      return chain.proceed(request);
    }
    String expected = SessionForRequest.find(request)
        .flatMap(s -> s.get(CsrfTokens.SESSION_ATTRIBUTE, String.class))
        .orElse(null);
    String header = request.getHeaders().get(CsrfTokens.HEADER);
    if (header != null) {
      return verdict(request, expected, header, chain);
    }
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return Mono.just(refused());
    }
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    // The copy read here drives the reading: with the default (the slower reader drives), the
    // route's copy, unread until this filter is done, would stall any body larger than a buffer.
    return Mono.fromFuture(server.byteBody().split(ByteBody.SplitBackpressureMode.NEW).buffer())
        .map(
            body -> {
              try (CloseableAvailableByteBody b = body) {
                return SubmittedField.find(contentType, b.toByteArray(), CsrfTokens.FORM_FIELD).orElse("");
              }
            })
        .flatMap(presented -> verdict(request, expected, presented, chain));
  }

  private static Mono<MutableHttpResponse<?>> verdict(
      HttpRequest<?> request, String expected, String presented, ServerFilterChain chain) {
    if (CsrfTokens.matches(expected, presented)) {
      return Mono.from(chain.proceed(request));
    }
    LOG.warn("Refused {} {}: missing or wrong CSRF token", request.getMethod(), request.getPath());
    return Mono.just(refused());
  }

  private static boolean bearer(HttpRequest<?> request) {
    return request.getHeaders().getAuthorization().map(a -> a.startsWith("Bearer ")).orElse(false)
        && request.getCookies().getAll().isEmpty();
  }

  private static MutableHttpResponse<?> refused() {
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("Refused: the form's security token is missing or out of date. Reload the page and try again.");
  }

  /** The session's token, created when the session has none yet. */
  static String tokenOf(Session session) {
    Optional<String> token = session.get(CsrfTokens.SESSION_ATTRIBUTE, String.class);
    if (token.isPresent()) {
      return token.get();
    }
    String fresh = RandomTokens.next();
    session.put(CsrfTokens.SESSION_ATTRIBUTE, fresh);
    return fresh;
  }
}
