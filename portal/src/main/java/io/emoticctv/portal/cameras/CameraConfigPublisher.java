package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.kafka.CompactedTopic;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
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
 * Publishes each camera's configuration to the compacted {@code cameras} topic (key = camera id),
 * a tombstone for a removed camera; ingest agents follow the topic. Each publish waits for the
 * broker's acknowledgement, so a caller knows whether the agents will see the change.
 *
 * <p>Started with the portal, which creates the topic compacted if missing.
 */
@Context
public final class CameraConfigPublisher implements AutoCloseable {
  static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

  private final String topic;
  private final KafkaProducer<String, byte[]> producer;
  private final Clock clock = Clock.systemUTC();

  CameraConfigPublisher(KafkaSettings kafka) {
    this.topic = kafka.camerasTopic();
    CompactedTopic.ensure(kafka.bootstrapServers(), topic);
    this.producer = new KafkaProducer<>(properties(kafka.bootstrapServers()));
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

  /** The camera's current configuration. */
  public void publish(Camera camera) {
    send(camera.id(), RecordCodec.CAMERA_CONFIGS.encode(camera.toConfigRecord(clock.millis())));
  }

  /** A tombstone: compaction then forgets the camera, and agents stop it. */
  public void publishRemoval(String cameraId) {
    send(cameraId, null);
  }

  private void send(String cameraId, byte[] value) {
    try {
      producer
          .send(new ProducerRecord<>(topic, cameraId, value))
          .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new CameraPublishException(topic, cameraId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CameraPublishException(topic, cameraId, e);
    }
  }

  @PreDestroy
  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
