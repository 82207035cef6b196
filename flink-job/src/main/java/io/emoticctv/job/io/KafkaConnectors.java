package io.emoticctv.job.io;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.job.records.KafkaRecordBytes;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The job's Kafka source and sinks. */
public final class KafkaConnectors {
  private KafkaConnectors() {}

  /**
   * Raw records of {@code topic}, resuming from the group's committed offsets (committed on
   * each checkpoint), from the earliest offset for a new group.
   */
  @SuppressWarnings("deprecation") // OffsetResetStrategy: what the connector's API takes
  public static KafkaSourceBuilder<KafkaRecordBytes> rawSource(String bootstrap, String topic, String groupId) {
    return KafkaSource.<KafkaRecordBytes>builder()
        .setBootstrapServers(bootstrap)
        .setTopics(topic)
        .setGroupId(groupId)
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new KafkaRecordBytesDeserializer());
  }

  /**
   * Raw records of the compacted settings topics, always read whole from the start (the job
   * needs every current rule and camera, not what a consumer group saw last) and followed. On a
   * restore from a checkpoint the source resumes at its checkpointed offsets, alongside the
   * broadcast state built from what it read before.
   */
  public static KafkaSourceBuilder<KafkaRecordBytes> settingsSource(String bootstrap, String groupId, String... topics) {
    return KafkaSource.<KafkaRecordBytes>builder()
        .setBootstrapServers(bootstrap)
        .setTopics(topics)
        .setGroupId(groupId)
        .setProperty("commit.offsets.on.checkpoint", "false")
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setDeserializer(new KafkaRecordBytesDeserializer());
  }

  /**
   * JSON records to {@code topic}, at least once: a restart may send a record again, which is
   * why every record the job publishes carries a key (and alerts an id) to deduplicate by.
   */
  public static <T> KafkaSink<T> jsonSink(
      String bootstrap, String topic, RecordCodec<T> codec, SerializableFunction<T, String> key) {
    return KafkaSink.<T>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new KeyedJsonSerializer<>(topic, codec, key))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        // no duplicates from the producer's own retries; a restart may still resend (see JobSinks)
        .setProperty("enable.idempotence", "true")
        .setProperty("acks", "all")
        .build();
  }
}
