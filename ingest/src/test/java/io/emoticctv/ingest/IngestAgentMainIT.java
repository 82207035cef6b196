package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as the launcher runs it: its own JVM from target/classes +
 * target/runtime-classpath.txt.
 */
class IngestAgentMainIT {
  @TempDir Path dir;

  private Process startAgent(Path config) throws IOException {
    Path classpathFile = Path.of("target/runtime-classpath.txt");
    assumeTrue(
        Files.exists(classpathFile), "skipped: run `mvn package` first to write " + classpathFile);
    String classpath =
        Path.of("target/classes").toAbsolutePath() + ":" + Files.readString(classpathFile).trim();
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-cp",
            classpath,
            IngestAgentMain.class.getName(),
            "--config",
            config.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("agent.log").toFile())
        .start();
  }

  private String log() throws IOException {
    return Files.readString(dir.resolve("agent.log"));
  }

  private static CameraState state(ConsumerRecord<String, byte[]> record) {
    return TopicReader.decode(RecordCodec.CAMERA_STATUS, record).state();
  }

  @Test
  void publishesFacesAndStopsCleanlyOnSigterm() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    String facesTopic = "faces-" + UUID.randomUUID();
    String statusTopic = "camera-status-" + UUID.randomUUID();
    Path config =
        Files.writeString(
            dir.resolve("ingest.properties"),
            String.join(
                "\n",
                "kafka.bootstrap=" + kafka.bootstrapServers(),
                "topics.faces=" + facesTopic,
                "topics.camera-status=" + statusTopic,
                "camera.desk.url=" + SharedMedia.clip(SharedMedia.ONE_HEAD_POSE),
                "camera.desk.loop=true"));
    kafka.createTopic(facesTopic, 1);
    kafka.createTopic(statusTopic, 1);

    Process agent = startAgent(config);
    try (TopicReader faces = new TopicReader(kafka.bootstrapServers(), facesTopic);
        TopicReader statuses = new TopicReader(kafka.bootstrapServers(), statusTopic)) {
      assertThat(faces.readUntil(r -> r.size() >= 3, Duration.ofSeconds(60)))
          .as("faces from the agent; its log:%n%s", log())
          .hasSizeGreaterThanOrEqualTo(3)
          .allSatisfy(r -> assertThat(r.key()).isEqualTo("desk"));

      agent.destroy(); // SIGTERM
      assertThat(agent.waitFor(20, TimeUnit.SECONDS)).as("agent exits after SIGTERM").isTrue();

      List<ConsumerRecord<String, byte[]>> states =
          statuses.readUntil(
              r -> r.stream().anyMatch(s -> state(s) == CameraState.STOPPED),
              Duration.ofSeconds(30));
      assertThat(states).extracting(IngestAgentMainIT::state).endsWith(CameraState.STOPPED);
      assertThat(log()).contains("ingest agent stopped");
    } finally {
      agent.destroyForcibly();
    }
  }

  @Test
  void followingThePortalKeepsRunningWithNoCameraUntilSigterm() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    String camerasTopic = "cameras-" + UUID.randomUUID();
    kafka.createTopic(camerasTopic, 1);
    Path config =
        Files.writeString(
            dir.resolve("ingest.properties"),
            String.join(
                "\n",
                "kafka.bootstrap=" + kafka.bootstrapServers(),
                "cameras.from-topic=true",
                "topics.cameras=" + camerasTopic));

    Process agent = startAgent(config);
    try {
      String following = "following cameras on topic " + camerasTopic;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!log().contains(following) && agent.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(log()).contains(following);
      assertThat(agent.waitFor(2, TimeUnit.SECONDS))
          .as("agent waits for the portal's cameras; its log:%n%s", log())
          .isFalse();

      agent.destroy(); // SIGTERM
      assertThat(agent.waitFor(20, TimeUnit.SECONDS)).as("agent exits after SIGTERM").isTrue();
      assertThat(log()).contains("ingest agent stopped");
    } finally {
      agent.destroyForcibly();
    }
  }

  @Test
  void refusesABadConfigWithTheReason() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("ingest.properties"),
            "kafka.bootstrap=127.0.0.1:9\ncamera.a.url=x\ncamera.a.fsp=5\n");

    Process agent = startAgent(config);

    assertThat(agent.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(agent.exitValue()).isEqualTo(2);
    assertThat(log())
        .contains("cannot start the ingest agent")
        .contains("unknown key 'camera.a.fsp'");
  }
}
