package io.emoticctv.portal.retention;

import io.emoticctv.portal.admin.SiteSettings;
import java.time.Duration;
import java.time.Instant;

/** Rows older than these instants are deleted: now minus each kind's retention period. */
public record RetentionCutoffs(Instant windows, Instant alerts, Instant audit, Instant attachments) {

  public static RetentionCutoffs of(SiteSettings settings, Instant now) {
    return new RetentionCutoffs(
        now.minus(Duration.ofDays(settings.windowsRetentionDays())),
        now.minus(Duration.ofDays(settings.alertsRetentionDays())),
        now.minus(Duration.ofDays(settings.auditRetentionDays())),
        now.minus(Duration.ofDays(settings.attachmentsRetentionDays())));
  }
}
