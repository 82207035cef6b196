package io.emoticctv.portal.admin;

import io.emoticctv.portal.audit.AuditTrail;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's settings, read fresh on each call (admins change them rarely, readers are few), and
 * the rule that follows from the deployment purpose: whether emotion alerts may be raised.
 */
@Singleton
public class SiteSettingsService {
  private final SiteSettingsRepository repository;
  private final AuditTrail audit;

  SiteSettingsService(SiteSettingsRepository repository, AuditTrail audit) {
    this.repository = repository;
    this.audit = audit;
  }

  public SiteSettings current() {
    return repository.findById(1).orElseThrow(() -> new IllegalStateException("site_settings has no row 1"));
  }

  /** False for workplace and education sites; {@link DeploymentPurpose#LEGAL_REASON} says why. */
  public boolean emotionAlertsAllowed() {
    return current().deploymentPurpose().emotionAlertsAllowed();
  }

  void update(SiteSettings changed) {
    SiteSettings before = current();
    repository.update(changed);
    audit.record(changed.updatedBy(), "settings.update", "site_settings", changes(before, changed));
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
    return changes.isEmpty() ? "no change" : String.join("; ", changes);
  }
}
