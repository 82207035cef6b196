package io.emoticctv.ingest;

import io.emoticctv.contracts.RecordCodec;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes one topic's records to Kafka, JSON-encoded by the topic's codec and keyed by camera id,
 * with acks=all and idempotence so a retry never duplicates or reorders a camera's records.
 * Thread-safe.
 */
public class RecordPublisher<T> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RecordPublisher.class);

  /** How long {@code publish} may block when the broker is unreachable before failing the send. */
  static final Duration MAX_BLOCK = Duration.ofSeconds(10);

  private final KafkaProducer<String, byte[]> producer;
  private final String topic;
  private final RecordCodec<T> codec;
  private final Function<T, String> key;
  private final AtomicLong failures = new AtomicLong();

  protected RecordPublisher(
      String bootstrapServers, String topic, RecordCodec<T> codec, Function<T, String> key) {
    this.producer = new KafkaProducer<>(producerProperties(bootstrapServers));
    this.topic = topic;
    this.codec = codec;
    this.key = key;
  }

  static Properties producerProperties(String bootstrapServers) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /** Sends the record; the future completes when the broker has it. Failures are also logged. */
  public Future<RecordMetadata> publish(T record) {
    return producer.send(
        new ProducerRecord<>(topic, key.apply(record), codec.encode(record)),
        (metadata, error) -> {
          // Logs the first failure and then every 100th, so a broker outage cannot flood the log.
          if (error != null && failures.incrementAndGet() % 100 == 1) {
            LOG.warn(
                "cannot publish to {} ({} failures so far): {}",
                topic,
                failures.get(),
                error.toString());
          }
        });
  }

  /** Sends the records still buffered and waits for them. */
  public void flush() {
    producer.flush();
  }

  /** Flushes, then closes the producer. */
  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
