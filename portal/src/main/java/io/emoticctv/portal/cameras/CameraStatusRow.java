package io.emoticctv.portal.cameras;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code camera_status}: the latest status an ingest agent sent for a camera. */
@MappedEntity("camera_status")
public record CameraStatusRow(
    @Id String cameraId,
    String state,
    double framesInPerS,
    double analysedPerS,
    double facesPerS,
    long facesRejected,
    @Nullable Instant lastFrameAt,
    @Nullable String lastError,
    Instant updatedAt) {}
