package io.emoticctv.ingest;

import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;

/**
 * Publishes {@link FaceRecord}s to the {@code faces} topic, keyed by camera id. The one producer
 * path for face crops: the agent uses it, and so can anything else that feeds faces (build the
 * records with {@link FaceRecords#fromGrayFace}).
 */
public final class FacePublisher extends RecordPublisher<FaceRecord> {

  public FacePublisher(String bootstrapServers, String topic) {
    super(bootstrapServers, topic, RecordCodec.FACES, FaceRecord::cameraId);
  }
}
