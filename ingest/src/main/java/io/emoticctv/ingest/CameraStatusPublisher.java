package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.RecordCodec;

/**
 * Publishes {@link CameraStatus} records to the {@code camera-status} topic, keyed by camera id.
 */
public final class CameraStatusPublisher extends RecordPublisher<CameraStatus> {

  public CameraStatusPublisher(String bootstrapServers, String topic) {
    super(bootstrapServers, topic, RecordCodec.CAMERA_STATUS, CameraStatus::cameraId);
  }
}
