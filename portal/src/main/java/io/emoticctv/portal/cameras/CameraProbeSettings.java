package io.emoticctv.portal.cameras;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The camera form's "Test connection" ({@code emoticctv.camera-probe.*}).
 *
 * @param timeout how long the portal waits for an ingest agent's answer
 */
@ConfigurationProperties("emoticctv.camera-probe")
public record CameraProbeSettings(@NotNull Duration timeout) {}
