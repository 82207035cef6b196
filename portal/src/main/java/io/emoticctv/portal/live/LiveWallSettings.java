package io.emoticctv.portal.live;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The live wall ({@code emoticctv.live-wall.*}).
 *
 * @param uncertainBelow a face whose emotion has a lower calibrated confidence is labelled
 *     "uncertain" instead of with its emotion
 * @param previewInterval each browser gets at most one preview per camera this often
 */
@ConfigurationProperties("emoticctv.live-wall")
public record LiveWallSettings(
    @DecimalMin("0") @DecimalMax("1") double uncertainBelow, @NotNull Duration previewInterval) {}
