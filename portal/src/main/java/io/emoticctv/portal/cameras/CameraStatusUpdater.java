package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.portal.kafka.RecordHandler;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Keeps {@code camera_status} at the latest record of the {@code camera-status} topic. */
@Singleton
public final class CameraStatusUpdater implements RecordHandler<CameraStatus> {
  private final CameraStatusRepository statuses;

  CameraStatusUpdater(CameraStatusRepository statuses) {
    this.statuses = statuses;
  }

  @Override
  public void handle(CameraStatus status) {
    statuses.upsert(
        status.cameraId(),
        status.state().name(),
        status.framesInPerSecond(),
        status.framesAnalysedPerSecond(),
        status.facesPerSecond(),
        status.facesRejected(),
        status.lastFrameTime() == 0 ? null : Instant.ofEpochMilli(status.lastFrameTime()),
        status.lastError(),
        Instant.ofEpochMilli(status.time()));
  }
}
