package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.portal.kafka.RecordHandler;
import jakarta.inject.Singleton;

/** Keeps {@code camera_status} at the latest record of the {@code camera-status} topic. */
@Singleton
public final class CameraStatusUpdater implements RecordHandler<CameraStatus> {
  private final CameraStatusRepository statuses;

  CameraStatusUpdater(CameraStatusRepository statuses) {
    this.statuses = statuses;
  }

  @Override
  public void handle(CameraStatus status) {
    CameraStatusRow row = CameraStatusRow.of(status);
    statuses.upsert(
        row.cameraId(),
        row.state(),
        row.framesInPerS(),
        row.analysedPerS(),
        row.facesPerS(),
        row.facesRejected(),
        row.framesDropped(),
        row.rejectedByReason(),
        row.lastFrameAt(),
        row.lastError(),
        row.updatedAt());
  }
}
