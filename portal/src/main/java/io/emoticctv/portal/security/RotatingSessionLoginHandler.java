package io.emoticctv.portal.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.session.SessionLoginHandler;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Logs in into a new session: the session id a visitor had before logging in (which a page of
 * another site may have planted) is discarded, so it never becomes a signed-in session. What
 * the old session held (the page asked for before login) moves over; its CSRF token and any
 * earlier login waiting for its second factor do not.
 *
 * <p>An account with two-factor login gets a new session that is not signed in: it holds the
 * {@link PendingSecondFactor} and is sent to ask for the code. Once the code is right, this
 * handler logs in again with {@link PendingSecondFactor#completed()}, into another new session.
 */
@Singleton
@Replaces(SessionLoginHandler.class)
final class RotatingSessionLoginHandler extends SessionLoginHandler {

  RotatingSessionLoginHandler(
      RedirectConfiguration redirectConfiguration,
      SessionStore<Session> sessionStore,
      PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
      RedirectService redirectService) {
    super(redirectConfiguration, sessionStore, priorToLoginPersistence, redirectService);
  }

  @Override
  public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
    Optional<Session> old = SessionForRequest.find(request);
    Session fresh = SessionForRequest.create(sessionStore, request);
    old.ifPresent(
        previous -> {
          for (String name : previous.names()) {
            if (!name.equals(CsrfTokens.SESSION_ATTRIBUTE) && !name.equals(PendingSecondFactor.SESSION_ATTRIBUTE)) {
              previous.get(name).ifPresent(value -> fresh.put(name, value));
            }
          }
          sessionStore.deleteSession(previous.getId());
        });
    if (PendingSecondFactor.required(authentication)) {
      fresh.put(PendingSecondFactor.SESSION_ATTRIBUTE, new PendingSecondFactor(authentication, Instant.now()));
      return HttpResponse.seeOther(URI.create(PendingSecondFactor.PATH));
    }
    return super.loginSuccess(authentication, request);
  }
}
