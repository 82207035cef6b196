package io.emoticctv.ingest;

import io.emoticctv.contracts.ProbeResult;
import io.emoticctv.contracts.RecordCodec;

/** Publishes {@link ProbeResult}s to {@code camera-probe-results}, keyed by request id. */
final class ProbeResultPublisher extends RecordPublisher<ProbeResult> {

  ProbeResultPublisher(String bootstrapServers, String topic) {
    super(bootstrapServers, topic, RecordCodec.PROBE_RESULTS, ProbeResult::requestId);
  }
}
