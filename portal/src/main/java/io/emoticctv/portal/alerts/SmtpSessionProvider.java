package io.emoticctv.portal.alerts;

import io.emoticctv.portal.admin.SiteSettingsService;
import io.emoticctv.portal.admin.SmtpServer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The portal's mail session, asked for by every email sent: the SMTP server an admin set on the
 * settings page when there is one (read per send, so a change applies at once), else the server's
 * configured {@code javamail} block.
 *
 * <p>The default provider takes {@code Session.getDefaultInstance}, which is JVM-wide and keeps
 * the properties of whoever asked first, so a second application context in the same JVM (as in
 * the tests) would send through the first one's SMTP server; hence {@code Session.getInstance}.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
final class SmtpSessionProvider implements SessionProvider {
  private final Properties configured;
  private final Session configuredSession;
  private final SiteSettingsService settings;

  SmtpSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator, SiteSettingsService settings) {
    this.configured = properties.mailProperties();
    Properties mail = new Properties();
    mail.putAll(configured);
    if (authenticator != null) {
      mail.putIfAbsent("mail.smtp.auth", "true");
    }
    this.configuredSession = Session.getInstance(mail, authenticator);
    this.settings = settings;
  }

  @Override
  public Session session() {
    return settings.smtpServer()
        .map(server -> Session.getInstance(properties(configured, server), authenticator(server)))
        .orElse(configuredSession);
  }

  /**
   * The configured properties (timeouts and the like) with the server, security and login of
   * {@code server} in place of the configured ones.
   */
  static Properties properties(Properties configured, SmtpServer server) {
    Properties mail = new Properties();
    configured.forEach((key, value) -> {
      if (!key.toString().startsWith("mail.smtp.ssl.") && !key.toString().startsWith("mail.smtp.starttls.")) {
        mail.put(key, value);
      }
    });
    mail.put("mail.transport.protocol", "smtp");
    mail.put("mail.smtp.host", server.host());
    mail.put("mail.smtp.port", Integer.toString(server.port()));
    switch (server.security()) {
      case NONE -> {
        mail.put("mail.smtp.starttls.enable", "false");
        mail.put("mail.smtp.ssl.enable", "false");
      }
      case STARTTLS -> {
        mail.put("mail.smtp.starttls.enable", "true");
        mail.put("mail.smtp.starttls.required", "true");
        mail.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case SSL_TLS -> {
        mail.put("mail.smtp.ssl.enable", "true");
        mail.put("mail.smtp.ssl.checkserveridentity", "true");
      }
    }
    boolean login = !server.username().isEmpty();
    mail.put("mail.smtp.auth", Boolean.toString(login));
    if (login) {
      mail.put("mail.smtp.user", server.username());
    } else {
      mail.remove("mail.smtp.user");
    }
    return mail;
  }

  private static @Nullable Authenticator authenticator(SmtpServer server) {
    if (server.username().isEmpty()) {
      return null;
    }
    PasswordAuthentication login = new PasswordAuthentication(server.username(), server.password());
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return login;
      }
    };
  }
}
