package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole agent against a real broker: a demo clip camera next to an unreachable one. */
class IngestAgentIT {
  private static KafkaServer kafka;
  private final String facesTopic = "faces-" + UUID.randomUUID();
  private final String statusTopic = "camera-status-" + UUID.randomUUID();

  @BeforeAll
  static void startKafka() {
    kafka = KafkaServer.shared();
  }

  private IngestConfig config(String... cameraLines) {
    Properties p = new Properties();
    p.setProperty("kafka.bootstrap", kafka.bootstrapServers());
    p.setProperty("topics.faces", facesTopic);
    p.setProperty("topics.camera-status", statusTopic);
    for (String line : cameraLines) {
      String[] kv = line.split("=", 2);
      p.setProperty(kv[0], kv[1]);
    }
    kafka.createTopic(facesTopic, 4);
    kafka.createTopic(statusTopic, 1);
    return IngestConfig.parse(p);
  }

  private static FaceRecord face(ConsumerRecord<String, byte[]> record) {
    return TopicReader.decode(RecordCodec.FACES, record);
  }

  private static CameraStatus status(ConsumerRecord<String, byte[]> record) {
    return TopicReader.decode(RecordCodec.CAMERA_STATUS, record);
  }

  private static boolean hasStatus(
      List<ConsumerRecord<String, byte[]>> records, String camera, CameraState state) {
    return records.stream()
        .filter(r -> r.key().equals(camera))
        .map(IngestAgentIT::status)
        .anyMatch(s -> s.state() == state);
  }

  @Test
  void publishesFacesAndStatusWhileAnUnreachableCameraRetries() throws Exception {
    String clip = SharedMedia.clip(SharedMedia.CLASSROOM).toString();
    IngestConfig config =
        config(
            "camera.classroom.url=" + clip,
            "camera.classroom.loop=true",
            "camera.broken.url=rtsp://127.0.0.1:1/none");
    long start = System.currentTimeMillis();

    CameraStatus broken;
    List<ConsumerRecord<String, byte[]>> faces;
    try (IngestAgent agent = IngestAgent.withKafka(config).start();
        TopicReader statusReader = new TopicReader(kafka.bootstrapServers(), statusTopic);
        TopicReader faceReader = new TopicReader(kafka.bootstrapServers(), facesTopic)) {
      List<ConsumerRecord<String, byte[]>> statuses =
          statusReader.readUntil(
              r ->
                  hasStatus(r, "classroom", CameraState.ONLINE)
                      && hasStatus(r, "broken", CameraState.OFFLINE),
              Duration.ofSeconds(60));
      broken =
          statuses.stream()
              .filter(r -> r.key().equals("broken"))
              .map(IngestAgentIT::status)
              .filter(s -> s.state() == CameraState.OFFLINE)
              .findFirst()
              .orElseThrow();
      long offlineAt = broken.time();
      // The classroom camera goes on publishing after (and despite) the other camera failing.
      faces =
          faceReader.readUntil(
              r -> r.stream().filter(f -> face(f).captureTime() > offlineAt + 2_000).count() >= 10,
              Duration.ofSeconds(60));
    }

    assertThat(faces).hasSizeGreaterThanOrEqualTo(10);
    assertThat(faces).allSatisfy(r -> assertThat(r.key()).isEqualTo("classroom"));
    FaceRecord first = face(faces.get(0));
    assertThat(first.cameraId()).isEqualTo("classroom");
    assertThat(first.crop()).hasSize(2304);
    assertThat(first.captureTime()).isBetween(start, System.currentTimeMillis()); // live event time
    assertThat(faces).allSatisfy(r -> assertThat(face(r).trackId()).isNotNull());
    // Four or five people sit in the classroom: far fewer tracks than faces.
    assertThat(faces.stream().map(r -> face(r).trackId()).distinct().count())
        .isLessThan(faces.size() / 2);

    assertThat(broken.lastError())
        .isEqualTo("cannot open rtsp://127.0.0.1:1/none: Connection refused");
    assertThat(broken.framesInPerSecond()).isZero();
  }

  @Test
  void closingTheAgentReportsEveryCameraStopped() throws Exception {
    String clip = SharedMedia.clip(SharedMedia.ONE_HEAD_POSE).toString();
    IngestConfig config = config("camera.desk.url=" + clip, "camera.desk.loop=true");

    try (TopicReader statusReader = new TopicReader(kafka.bootstrapServers(), statusTopic)) {
      try (IngestAgent agent = IngestAgent.withKafka(config).start()) {
        statusReader.readUntil(
            r -> hasStatus(r, "desk", CameraState.ONLINE), Duration.ofSeconds(60));
      }
      List<ConsumerRecord<String, byte[]>> statuses =
          statusReader.readUntil(
              r -> hasStatus(r, "desk", CameraState.STOPPED), Duration.ofSeconds(60));

      assertThat(statuses).extracting(r -> status(r).state()).endsWith(CameraState.STOPPED);
    }
  }

  @Test
  void aPeriodicStatusCarriesTheRates() throws Exception {
    String clip = SharedMedia.clip(SharedMedia.WALKING).toString();
    IngestConfig config = config("camera.hall.url=" + clip, "camera.hall.loop=true");
    long start = System.currentTimeMillis();

    try (IngestAgent agent = IngestAgent.withKafka(config).start();
        TopicReader statusReader = new TopicReader(kafka.bootstrapServers(), statusTopic)) {
      List<ConsumerRecord<String, byte[]>> statuses =
          statusReader.readUntil(
              r -> r.stream().map(IngestAgentIT::status).anyMatch(s -> s.framesInPerSecond() > 0),
              Duration.ofSeconds(IngestAgent.STATUS_INTERVAL.toSeconds() + 20));
      CameraStatus periodic =
          statuses.stream()
              .map(IngestAgentIT::status)
              .filter(s -> s.framesInPerSecond() > 0)
              .findFirst()
              .orElseThrow();

      // The clip is 12 fps, paced in real time (never faster; slower only on a starved CPU), and
      // 5 of every 12 frames are sampled: each is analysed, or dropped when a starved CPU lets
      // analysis fall behind (drops are a running total since the start).
      double droppedPerSecond = periodic.framesDropped() * 1000.0 / (periodic.time() - start);
      assertThat(periodic.state()).isEqualTo(CameraState.ONLINE);
      assertThat(periodic.framesInPerSecond()).isBetween(6.0, 13.0);
      assertThat(periodic.framesAnalysedPerSecond()).isPositive();
      assertThat(periodic.framesAnalysedPerSecond() + droppedPerSecond)
          .isCloseTo(periodic.framesInPerSecond() * 5 / 12, within(1.5));
      assertThat(periodic.facesPerSecond()).isGreaterThan(periodic.framesAnalysedPerSecond());
      assertThat(periodic.lastFrameTime()).isGreaterThan(periodic.time() - 1_000);
    }
  }
}
