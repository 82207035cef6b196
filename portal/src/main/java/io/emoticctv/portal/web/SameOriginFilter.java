package io.emoticctv.portal.web;

import io.emoticctv.portal.PortalSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a form post that changes something unless it comes from one of the portal's own pages:
 * its {@code Origin} (or, failing that, {@code Referer}) must be the portal itself, as the {@code
 * Host} header or the configured public base URL names it. Browsers send {@code Origin} with
 * every form post, so cross-site request forgery is refused; a request that names no origin at
 * all is refused too. Login and logout are left to the session cookie's {@code SameSite=Lax}.
 */
@ServerFilter(
    value = {"/cameras", "/cameras/**"},
    methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class SameOriginFilter {
  private static final Logger LOG = LoggerFactory.getLogger(SameOriginFilter.class);

  private final String publicAuthority;

  SameOriginFilter(PortalSettings settings) {
    this.publicAuthority = authority(settings.publicBaseUrl());
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
    if (origin == null) {
      origin = request.getHeaders().get(HttpHeaders.REFERER);
    }
    String claimed = authority(origin);
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (claimed != null && (claimed.equals(normalize(host)) || claimed.equals(publicAuthority))) {
      return null;
    }
    LOG.warn("Refused {} {} from origin {} (host {})", request.getMethod(), request.getPath(), origin, host);
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("Refused: this request did not come from a page of this portal.");
  }

  /** {@code host:port} of a URL, lower-case, or null when it has none. */
  static @Nullable String authority(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      return normalize(URI.create(url.strip()).getRawAuthority());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String normalize(@Nullable String authority) {
    return authority == null || authority.isBlank() ? null : authority.strip().toLowerCase(Locale.ROOT);
  }
}
