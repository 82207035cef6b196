package io.emoticctv.portal.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one row of {@code site_settings}: what admins set for the whole site. */
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
    Instant updatedAt,
    String updatedBy) {}
