package io.emoticctv.portal.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Security headers on every response. The policy allows scripts only from the portal and with
 * the request's nonce (set by {@link ScriptNonceProcessor}); images may come from any https host
 * so the map's tile server can be configured; no page may be framed by another site.
 */
@ServerFilter("/**")
final class SecurityHeadersFilter {
  static final String NONCE_ATTRIBUTE = "emoticctv.cspNonce";
  private static final SecureRandom RANDOM = new SecureRandom();

  @RequestFilter
  void nonce(HttpRequest<?> request) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    request.setAttribute(NONCE_ATTRIBUTE, Base64.getEncoder().encodeToString(bytes));
  }

  @ResponseFilter
  void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String nonce = request.getAttribute(NONCE_ATTRIBUTE, String.class).orElse("");
    var headers = response.getHeaders();
    headers.set("Content-Security-Policy", policy(nonce));
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "same-origin");
  }

  static String policy(String nonce) {
    return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data: blob: https:; connect-src 'self'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'";
  }
}
