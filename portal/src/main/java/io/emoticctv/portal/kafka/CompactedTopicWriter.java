package io.emoticctv.portal.kafka;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the current state per key to a compacted topic (created compacted if missing), a
 * tombstone for a removed key. Each write waits for the broker's acknowledgement, so the caller
 * knows whether the topic's readers will see the change, and can roll its own change back.
 */
public final class CompactedTopicWriter implements AutoCloseable {
  public static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

  private final String topic;
  private final KafkaProducer<String, byte[]> producer;

  public CompactedTopicWriter(String bootstrapServers, String topic) {
    this.topic = topic;
    CompactedTopic.ensure(bootstrapServers, topic);
    this.producer = new KafkaProducer<>(properties(bootstrapServers));
  }

  static Properties properties(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    // an admin waits for the page: give up within SEND_TIMEOUT rather than Kafka's 2 minutes
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis() / 2);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
    return props;
  }

  public String topic() {
    return topic;
  }

  /**
   * @param value null for a tombstone
   * @throws PublishException when the broker did not acknowledge it within {@link #SEND_TIMEOUT}
   */
  public void write(String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new PublishException(topic, key, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException(topic, key, e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }

  /** The broker did not take a write in time. */
  public static final class PublishException extends RuntimeException {
    PublishException(String topic, String key, Exception cause) {
      super("could not publish " + key + " to " + topic + ": " + cause, cause);
    }
  }
}
