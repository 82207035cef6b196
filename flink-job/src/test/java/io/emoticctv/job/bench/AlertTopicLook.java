package io.emoticctv.job.bench;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.RecordCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the {@code alerts} topic as the portal does (read_committed, so only what a consumer may
 * act on), and tells each new record apart by alert id and phase, dated by the end of the window
 * that decided it.
 */
final class AlertTopicLook implements FirstSeen.Look, AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;

  AlertTopicLook(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
        .map(info -> new TopicPartition(topic, info.partition()))
        .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  @Override
  public Map<String, Long> visible() throws Exception {
    Map<String, Long> records = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(10))) {
      AlertRecord alert = RecordCodec.ALERTS.decode(r.value());
      records.put(alert.alertId() + "/" + alert.phase(), alert.updatedAt());
    }
    return records;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
