package io.emoticctv.portal.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The one row of {@code site_settings}: what admins set for the whole site. The SMTP password is
 * not part of it (see {@link SiteSettingsService#smtpServer()}), so it never reaches a page.
 */
@MappedEntity("site_settings")
public record SiteSettings(
    @Id Integer id,
    DeploymentPurpose deploymentPurpose,
    int windowsRetentionDays,
    int alertsRetentionDays,
    int auditRetentionDays,
    int attachmentsRetentionDays,
    boolean privacyBlurDefault,
    String mapTileUrl,
    String smtpHost,
    int smtpPort,
    SmtpSecurity smtpSecurity,
    String smtpUsername,
    String mailFrom,
    Instant updatedAt,
    String updatedBy) {}
