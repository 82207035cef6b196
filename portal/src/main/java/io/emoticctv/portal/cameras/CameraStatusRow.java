package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code camera_status}: the latest status an ingest agent sent for a camera.
 *
 * @param rejectedByReason as {@link RejectionCounts} stores it
 */
@MappedEntity("camera_status")
public record CameraStatusRow(
    @Id String cameraId,
    String state,
    double framesInPerS,
    double analysedPerS,
    double facesPerS,
    long facesRejected,
    long framesDropped,
    String rejectedByReason,
    @Nullable Instant lastFrameAt,
    @Nullable String lastError,
    Instant updatedAt) {

  /** The row a {@code camera-status} record becomes. */
  public static CameraStatusRow of(CameraStatus status) {
    return new CameraStatusRow(
        status.cameraId(),
        status.state().name(),
        status.framesInPerSecond(),
        status.framesAnalysedPerSecond(),
        status.facesPerSecond(),
        status.facesRejected(),
        status.framesDropped(),
        RejectionCounts.format(status.rejectedByReason()),
        status.lastFrameTime() == 0 ? null : Instant.ofEpochMilli(status.lastFrameTime()),
        status.lastError(),
        Instant.ofEpochMilli(status.time()));
  }
}
