package io.emoticctv.job.io;

import io.emoticctv.contracts.RecordCodec;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A record as its topic's JSON, keyed (by camera id on every per-camera topic). */
public final class KeyedJsonSerializer<T> implements KafkaRecordSerializationSchema<T> {
  private final String topic;
  private final RecordCodec<T> codec;
  private final SerializableFunction<T, String> key;

  public KeyedJsonSerializer(String topic, RecordCodec<T> codec, SerializableFunction<T, String> key) {
    this.topic = topic;
    this.codec = codec;
    this.key = key;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(T value, KafkaSinkContext context, Long timestamp) {
    String k = key.apply(value);
    return new ProducerRecord<>(
        topic, k == null ? null : k.getBytes(StandardCharsets.UTF_8), codec.encode(value));
  }
}
