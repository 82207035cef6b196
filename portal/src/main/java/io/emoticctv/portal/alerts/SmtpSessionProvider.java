package io.emoticctv.portal.alerts;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The portal's own mail session. The default provider takes {@code Session.getDefaultInstance},
 * which is JVM-wide and keeps the properties of whoever asked first, so a second application
 * context in the same JVM (as in the tests) would send through the first one's SMTP server.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
final class SmtpSessionProvider implements SessionProvider {
  private final Session session;

  SmtpSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
    Properties mail = properties.mailProperties();
    if (authenticator != null) {
      mail.putIfAbsent("mail.smtp.auth", "true");
    }
    this.session = Session.getInstance(mail, authenticator);
  }

  @Override
  public Session session() {
    return session;
  }
}
