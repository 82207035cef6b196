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
   * JSON records to {@code topic}, at least once: a restart may send a record again, which is
   * why every record the job publishes carries a key (and alerts an id) to deduplicate by.
   */
  public static <T> KafkaSink<T> jsonSink(
      String bootstrap, String topic, RecordCodec<T> codec, SerializableFunction<T, String> key) {
    return KafkaSink.<T>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new KeyedJsonSerializer<>(topic, codec, key))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }
}
