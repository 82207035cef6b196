package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.kafka.CompactedTopicWriter;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.time.Clock;

/**
 * Publishes each camera's configuration to the compacted {@code cameras} topic (key = camera id),
 * a tombstone for a removed camera; ingest agents follow the topic. Each publish waits for the
 * broker's acknowledgement, so a caller knows whether the agents will see the change.
 *
 * <p>Started with the portal, which creates the topic compacted if missing.
 */
@Context
public final class CameraConfigPublisher implements AutoCloseable {
  private final CompactedTopicWriter writer;
  private final Clock clock = Clock.systemUTC();

  CameraConfigPublisher(KafkaSettings kafka) {
    this.writer = new CompactedTopicWriter(kafka.bootstrapServers(), kafka.camerasTopic());
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
      writer.write(cameraId, value);
    } catch (CompactedTopicWriter.PublishException e) {
      throw new CameraPublishException(writer.topic(), cameraId, e);
    }
  }

  @PreDestroy
  @Override
  public void close() {
    writer.close();
  }
}
