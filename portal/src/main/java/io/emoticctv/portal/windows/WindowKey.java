package io.emoticctv.portal.windows;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** Primary key of {@code emotion_windows}. */
@Embeddable
public record WindowKey(
    @MappedProperty("camera_id") String cameraId,
    @MappedProperty("window_start") Instant windowStart) {}
