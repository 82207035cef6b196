package io.emoticctv.portal;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the portal's pages and emails ({@code emoticctv.portal.*}).
 *
 * @param publicBaseUrl where users reach the portal, for links in emails (no trailing slash)
 * @param displayTimeZone the zone pages and emails show times in
 * @param cameraOfflineAfter a camera whose last status is older than this is shown offline
 * @param trendSpan how far back the dashboard's trend chart reaches from the newest window
 */
@ConfigurationProperties("emoticctv.portal")
public record PortalSettings(
    @NotBlank @Pattern(regexp = "https?://.*[^/]", message = "must be an http(s) URL without a trailing slash")
        String publicBaseUrl,
    @NotNull ZoneId displayTimeZone,
    @NotNull Duration cameraOfflineAfter,
    @NotNull Duration trendSpan) {}
