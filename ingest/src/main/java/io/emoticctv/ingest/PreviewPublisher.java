package io.emoticctv.ingest;

import io.emoticctv.contracts.PreviewRecord;
import io.emoticctv.contracts.RecordCodec;

/** Publishes {@link PreviewRecord}s to the {@code previews} topic, keyed by camera id. */
final class PreviewPublisher extends RecordPublisher<PreviewRecord> {

  PreviewPublisher(String bootstrapServers, String topic) {
    super(bootstrapServers, topic, RecordCodec.PREVIEWS, PreviewRecord::cameraId);
  }
}
