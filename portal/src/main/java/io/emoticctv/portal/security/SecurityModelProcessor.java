package io.emoticctv.portal.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Gives every page its session's CSRF token ({@value #CSRF_TOKEN}, for the layout's meta tag and
 * {@link CsrfFormProcessor}) and the request's script nonce ({@value #CSP_NONCE}, for {@link
 * ScriptNonceProcessor}). A visitor without a session gets one, so anonymous forms work too.
 */
@Singleton
final class SecurityModelProcessor implements ViewModelProcessor<Map<String, Object>> {
  static final String CSRF_TOKEN = "csrfToken";
  static final String CSP_NONCE = "cspNonce";

  private final SessionStore<Session> sessions;

  SecurityModelProcessor(SessionStore<Session> sessions) {
    this.sessions = sessions;
  }

  @Override
  public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
    modelAndView
        .getModel()
        .ifPresent(
            model -> {
              model.put(CSRF_TOKEN, CsrfFilter.tokenOf(SessionForRequest.findOrCreate(request, sessions)));
              request
                  .getAttribute(SecurityHeadersFilter.NONCE_ATTRIBUTE, String.class)
                  .ifPresent(nonce -> model.put(CSP_NONCE, nonce));
            });
  }
}
