package io.emoticctv.portal.security;

import io.emoticctv.portal.PortalSettings;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.session.http.HttpSessionConfiguration;
import jakarta.inject.Singleton;

/**
 * Marks the session cookie {@code Secure} when users reach the portal over https (its public base
 * URL says so): the browser then never sends it over plain http. HttpOnly and SameSite=Lax are
 * set in application.yml.
 */
@Singleton
final class SecureCookies implements BeanCreatedEventListener<HttpSessionConfiguration> {
  private final PortalSettings settings;

  SecureCookies(PortalSettings settings) {
    this.settings = settings;
  }

  @Override
  public HttpSessionConfiguration onCreated(BeanCreatedEvent<HttpSessionConfiguration> event) {
    HttpSessionConfiguration cookie = event.getBean();
    if (settings.publicBaseUrl().startsWith("https://")) {
      cookie.setCookieSecure(true);
    }
    return cookie;
  }
}
