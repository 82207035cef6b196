package io.emoticctv.portal.cameras;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How the portal judges a camera's health ({@code emoticctv.camera-health.*}).
 *
 * @param frozenAfter a camera its agent reports online is shown frozen when its newest frame is
 *     older than this
 * @param lowFpsRatio shown "low frame rate" when the stream delivers fewer frames per second than
 *     this share of the camera's analysis rate
 * @param alertAfter a camera offline or frozen for longer than this is emailed about, once per
 *     outage
 * @param checkEvery how often the portal looks for such outages
 */
@ConfigurationProperties("emoticctv.camera-health")
public record CameraHealthSettings(
    @NotNull Duration frozenAfter,
    @DecimalMin("0") @DecimalMax("1") double lowFpsRatio,
    @NotNull Duration alertAfter,
    @NotNull Duration checkEvery) {}
