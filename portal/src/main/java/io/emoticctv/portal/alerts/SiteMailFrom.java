package io.emoticctv.portal.alerts;

import io.emoticctv.portal.admin.SiteSettingsService;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.EmailDecorator;
import io.micronaut.email.FromDecorator;
import io.micronaut.email.configuration.FromConfiguration;
import jakarta.inject.Singleton;

/**
 * Sets the sender of every email that names none: the address set on the settings page when
 * there is one, else {@code micronaut.email.from}; the sender's name stays the configured one.
 */
@Singleton
@Replaces(FromDecorator.class)
class SiteMailFrom implements EmailDecorator {
  private final FromConfiguration configured;
  private final SiteSettingsService settings;

  SiteMailFrom(FromConfiguration configured, SiteSettingsService settings) {
    this.configured = configured;
    this.settings = settings;
  }

  @Override
  public void decorate(Email.Builder email) {
    if (email.getFrom().isPresent()) {
      return;
    }
    Contact from = configured.getFrom();
    email.from(settings.mailFrom().map(address -> new Contact(address, from.getName())).orElse(from));
  }
}
