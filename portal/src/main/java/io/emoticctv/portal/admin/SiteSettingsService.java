package io.emoticctv.portal.admin;

import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The site's settings and the rule that follows from the deployment purpose: whether emotion
 * alerts may be raised. Read once per HTTP request (the layout and the page's controller share
 * the read, kept as a request attribute) and fresh elsewhere, so a change made by another portal
 * instance or straight in the database shows on the next page, with no cache to invalidate.
 */
@Singleton
public class SiteSettingsService {
  private static final String REQUEST_ATTRIBUTE = SiteSettings.class.getName();

  private final SiteSettingsRepository repository;
  private final AuditTrail audit;
  private final TransactionOperations<Connection> transactions;
  private final ApplicationEventPublisher<SiteSettingsChanged> changes;

  SiteSettingsService(SiteSettingsRepository repository, AuditTrail audit,
      TransactionOperations<Connection> transactions, ApplicationEventPublisher<SiteSettingsChanged> changes) {
    this.repository = repository;
    this.audit = audit;
    this.transactions = transactions;
    this.changes = changes;
  }

  public SiteSettings current() {
    return ServerRequestContext.currentRequest()
        .map(request -> request.getAttribute(REQUEST_ATTRIBUTE, SiteSettings.class)
            .orElseGet(() -> remember(request, read())))
        .orElseGet(this::read);
  }

  private SiteSettings read() {
    return repository.findById(1).orElseThrow(() -> new IllegalStateException("site_settings has no row 1"));
  }

  private static SiteSettings remember(HttpRequest<?> request, SiteSettings settings) {
    request.setAttribute(REQUEST_ATTRIBUTE, settings);
    return settings;
  }

  /**
   * The SMTP server set on the settings page, with its password read fresh; empty when no host is
   * set, so mail goes through the server's own configuration.
   */
  public Optional<SmtpServer> smtpServer() {
    SiteSettings s = current();
    if (s.smtpHost().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SmtpServer(s.smtpHost(), s.smtpPort(), s.smtpSecurity(), s.smtpUsername(), repository.findSmtpPassword()));
  }

  boolean smtpPasswordStored() {
    return !repository.findSmtpPassword().isEmpty();
  }

  /** The sender address set on the settings page; empty for the server's configured one. */
  public Optional<String> mailFrom() {
    String from = current().mailFrom();
    return from.isEmpty() ? Optional.empty() : Optional.of(from);
  }

  /** False for workplace and education sites; {@link DeploymentPurpose#LEGAL_REASON} says why. */
  public boolean emotionAlertsAllowed() {
    return current().deploymentPurpose().emotionAlertsAllowed();
  }

  /**
   * Stores the settings and tells the listeners of {@link SiteSettingsChanged} in one transaction.
   *
   * @throws RuntimeException from a listener; nothing is changed then
   */
  void update(SiteSettings changed, SiteSettingsForm.PasswordChange password) {
    transactions.executeWrite(status -> {
      SiteSettings before = read();
      repository.update(changed);
      if (password.change()) {
        repository.updateSmtpPassword(password.password());
      }
      changes.publishEvent(new SiteSettingsChanged(before, changed));
      String detail = changes(before, changed);
      if (password.change()) {
        detail = ("no change".equals(detail) ? "" : detail + "; ") + "SMTP password " + (password.password().isEmpty() ? "removed" : "replaced");
      }
      audit.record(changed.updatedBy(), "settings.update", "site_settings", detail);
      return null;
    });
    ServerRequestContext.currentRequest().ifPresent(request -> remember(request, changed));
  }

  static String changes(SiteSettings a, SiteSettings b) {
    List<String> changes = new ArrayList<>();
    if (a.deploymentPurpose() != b.deploymentPurpose()) {
      changes.add("purpose " + a.deploymentPurpose() + " -> " + b.deploymentPurpose());
    }
    if (a.windowsRetentionDays() != b.windowsRetentionDays()) {
      changes.add("windows kept " + a.windowsRetentionDays() + " -> " + b.windowsRetentionDays() + " days");
    }
    if (a.alertsRetentionDays() != b.alertsRetentionDays()) {
      changes.add("alerts kept " + a.alertsRetentionDays() + " -> " + b.alertsRetentionDays() + " days");
    }
    if (a.auditRetentionDays() != b.auditRetentionDays()) {
      changes.add("audit kept " + a.auditRetentionDays() + " -> " + b.auditRetentionDays() + " days");
    }
    if (a.attachmentsRetentionDays() != b.attachmentsRetentionDays()) {
      changes.add("attachments kept " + a.attachmentsRetentionDays() + " -> " + b.attachmentsRetentionDays() + " days");
    }
    if (a.privacyBlurDefault() != b.privacyBlurDefault()) {
      changes.add("blur by default " + b.privacyBlurDefault());
    }
    if (!a.mapTileUrl().equals(b.mapTileUrl())) {
      changes.add("map tiles " + b.mapTileUrl());
    }
    if (!a.smtpHost().equals(b.smtpHost()) || a.smtpPort() != b.smtpPort() || a.smtpSecurity() != b.smtpSecurity()) {
      changes.add("SMTP server " + (b.smtpHost().isEmpty() ? "from the server configuration" : b.smtpHost() + ":" + b.smtpPort() + " " + b.smtpSecurity()));
    }
    if (!a.smtpUsername().equals(b.smtpUsername())) {
      changes.add("SMTP user " + (b.smtpUsername().isEmpty() ? "none" : b.smtpUsername()));
    }
    if (!a.mailFrom().equals(b.mailFrom())) {
      changes.add("mail from " + (b.mailFrom().isEmpty() ? "the server configuration" : b.mailFrom()));
    }
    return changes.isEmpty() ? "no change" : String.join("; ", changes);
  }
}
