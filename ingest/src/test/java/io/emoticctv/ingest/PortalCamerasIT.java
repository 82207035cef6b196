package io.emoticctv.ingest;

import static io.emoticctv.ingest.PortalCamerasTest.portalCamera;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The agent following the portal's compacted cameras topic on a real broker: a camera is added,
 * changed, sent a malformed record and removed, and the agent starts, restarts and stops it.
 */
class PortalCamerasIT {
  private final KafkaServer kafka = KafkaServer.shared();
  private final String camerasTopic = "cameras-" + UUID.randomUUID();
  private final String facesTopic = "faces-" + UUID.randomUUID();
  private final String statusTopic = "camera-status-" + UUID.randomUUID();

  private IngestConfig config() {
    kafka.createTopic(camerasTopic, 2, Map.of("cleanup.policy", "compact"));
    kafka.createTopic(facesTopic, 2);
    kafka.createTopic(statusTopic, 1);
    Properties p = new Properties();
    p.setProperty("kafka.bootstrap", kafka.bootstrapServers());
    p.setProperty("topics.faces", facesTopic);
    p.setProperty("topics.camera-status", statusTopic);
    p.setProperty("topics.cameras", camerasTopic);
    p.setProperty("cameras.from-topic", "true");
    return IngestConfig.parse(p);
  }

  private static CameraStatus status(ConsumerRecord<String, byte[]> record) {
    return TopicReader.decode(RecordCodec.CAMERA_STATUS, record);
  }

  private static List<CameraStatus> statusesOf(
      List<ConsumerRecord<String, byte[]>> records, String camera) {
    return records.stream()
        .filter(r -> r.key().equals(camera))
        .map(PortalCamerasIT::status)
        .toList();
  }

  /** The statuses after the {@code n}-th STOPPED one (n from 1), or null when there is none. */
  private static List<CameraStatus> afterStopped(List<CameraStatus> statuses, int n) {
    int seen = 0;
    for (int i = 0; i < statuses.size(); i++) {
      if (statuses.get(i).state() == CameraState.STOPPED && ++seen == n) {
        return statuses.subList(i + 1, statuses.size());
      }
    }
    return null;
  }

  private static CameraStatus firstPeriodic(List<CameraStatus> statuses) {
    return statuses == null
        ? null
        : statuses.stream().filter(s -> s.framesInPerSecond() > 0).findFirst().orElse(null);
  }

  @Test
  void startsChangesAndStopsTheCamerasThePortalPublishes() throws Exception {
    String clip = SharedMedia.clip(SharedMedia.ONE_HEAD_POSE).toUri().toString();
    IngestConfig config = config();

    try (KafkaProducer<String, byte[]> portal =
            new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
        IngestAgent agent = IngestAgent.withKafka(config).start();
        TopicReader faceReader = new TopicReader(kafka.bootstrapServers(), facesTopic);
        TopicReader statusReader = new TopicReader(kafka.bootstrapServers(), statusTopic)) {
      // Added in the portal: its faces arrive.
      publish(portal, "desk", portalCamera("desk", clip, 5, true));
      assertThat(faceReader.readUntil(r -> r.size() >= 3, Duration.ofSeconds(60)))
          .hasSizeGreaterThanOrEqualTo(3)
          .allSatisfy(r -> assertThat(r.key()).isEqualTo("desk"));

      // Records the agent cannot use are skipped; the running camera is left alone.
      publish(portal, "desk", "{not json".getBytes(StandardCharsets.UTF_8));
      publish(portal, "lobby", portalCamera("lobby", "rtsp://127.0.0.1:1/none", 0, true));
      publish(portal, "hall", portalCamera("not-hall", "rtsp://127.0.0.1:1/none", 5, true));

      // Changed in the portal: the camera restarts and analyses 2 frames/s instead of 5.
      publish(portal, "desk", portalCamera("desk", clip, 2, true));
      List<ConsumerRecord<String, byte[]>> statuses =
          statusReader.readUntil(
              r -> firstPeriodic(afterStopped(statusesOf(r, "desk"), 1)) != null,
              Duration.ofSeconds(60));
      CameraStatus beforeChange = firstPeriodic(statusesOf(statuses, "desk"));
      CameraStatus afterChange = firstPeriodic(afterStopped(statusesOf(statuses, "desk"), 1));
      assertThat(afterChange).as("a periodic status after the restart").isNotNull();
      assertThat(afterChange.state()).isEqualTo(CameraState.ONLINE);
      // The clip runs at 12-15 fps in real time: 2 of every ~13.5 frames are analysed.
      assertThat(afterChange.framesAnalysedPerSecond())
          .isBetween(afterChange.framesInPerSecond() * 2 / 15 - 0.7, 2.7);
      if (beforeChange != null && beforeChange.time() < afterChange.time()) {
        assertThat(beforeChange.framesAnalysedPerSecond())
            .isGreaterThan(afterChange.framesAnalysedPerSecond());
      }

      // Removed in the portal: STOPPED, then nothing more from it.
      publish(portal, "desk", (byte[]) null); // tombstone
      statuses =
          statusReader.readUntil(
              r -> afterStopped(statusesOf(r, "desk"), 2) != null, Duration.ofSeconds(30));
      List<CameraStatus> desk = statusesOf(statuses, "desk");
      assertThat(afterStopped(desk, 2)).as("a STOPPED status after the tombstone").isNotNull();
      long stoppedAt =
          desk.stream().filter(s -> s.state() == CameraState.STOPPED).toList().get(1).time();

      Duration quiet = IngestAgent.STATUS_INTERVAL.plusSeconds(2);
      List<ConsumerRecord<String, byte[]>> faces = faceReader.readUntil(r -> false, quiet);
      statuses = statusReader.readUntil(r -> false, Duration.ZERO);
      assertThat(faces)
          .allSatisfy(
              r ->
                  assertThat(TopicReader.decode(RecordCodec.FACES, r).captureTime())
                      .isLessThanOrEqualTo(stoppedAt));
      assertThat(afterStopped(statusesOf(statuses, "desk"), 2))
          .as("no status of a removed camera")
          .allSatisfy(s -> assertThat(s.state()).isEqualTo(CameraState.STOPPED));
      assertThat(statuses).noneMatch(r -> !r.key().equals("desk"));
      assertThat(agent.runningCamera("desk")).isNull();
    }
  }

  private void publish(KafkaProducer<String, byte[]> portal, String key, CameraConfigRecord camera)
      throws Exception {
    publish(portal, key, RecordCodec.CAMERA_CONFIGS.encode(camera));
  }

  private void publish(KafkaProducer<String, byte[]> portal, String key, byte[] value)
      throws Exception {
    portal.send(new ProducerRecord<>(camerasTopic, key, value)).get();
  }
}
