package io.emoticctv.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.LiveFaces;
import io.emoticctv.job.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One partition of the faces topic holds a camera's backlog (an agent that was offline sent what
 * it had kept), the other a live camera, far ahead in event time. Read by one source subtask, the
 * backlog is counted in full, not dropped as late, and once it is read the live camera's windows
 * close as well; when the live camera goes quiet, its last window closes too. Read by two, the
 * finished backlog does not hold back the live camera's windows on the other subtask.
 */
class PartitionBacklogIT {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String BACKLOG = "cam-backlog";
  private static final String LIVE = "cam-live";
  private static final int BACKLOG_WINDOWS = 40;

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @Test
  void aBacklogOnOnePartitionIsCountedInFullWhileAnotherIsLiveAndTheLiveCamerasLastWindowCloses() throws Exception {
    Scenario run = Scenario.named("partition-backlog");
    Map<String, Long> backlog = new HashMap<>();
    List<ProducerRecord<byte[], byte[]>> records = backlog(run.topic(), BACKLOG_WINDOWS, backlog);

    try (LiveFaces live = run.liveCamera()) {
      KafkaTestClient.send(KafkaServer.shared().bootstrapServers(), records);
      Thread.sleep(1_000); // the live partition is ahead before the job reads either
      JobClient job = run.start(1);
      try {
        Map<String, Long> rows = awaitRows(run.jdbcUrl(),
            r -> of(r, BACKLOG).keySet().containsAll(backlog.keySet()) && !of(r, LIVE).isEmpty());
        assertThat(of(rows, BACKLOG)).isEqualTo(backlog);
        assertThat(of(rows, LIVE)).as("closed live windows").isNotEmpty();
        assertThat(live.sent()).containsAllEntriesOf(of(rows, LIVE));

        // the live camera goes quiet: its last window closes on the wall clock, no face needed
        live.close();
        Map<String, Long> liveSent = live.sent();
        rows = awaitRows(run.jdbcUrl(), r -> of(r, LIVE).keySet().containsAll(liveSent.keySet()));
        assertThat(of(rows, LIVE)).isEqualTo(liveSent);
      } finally {
        job.cancel().get();
      }
    }
  }

  @Test
  void aFinishedBacklogOnOneSourceSubtaskDoesNotHoldBackTheLiveCameraOnTheOther() throws Exception {
    Scenario run = Scenario.named("finished-backlog");
    Map<String, Long> backlog = new HashMap<>();
    KafkaTestClient.send(KafkaServer.shared().bootstrapServers(), backlog(run.topic(), 3, backlog));

    try (LiveFaces live = run.liveCamera()) {
      JobClient job = run.start(2);
      try {
        Map<String, Long> rows = awaitRows(run.jdbcUrl(),
            r -> of(r, BACKLOG).keySet().containsAll(backlog.keySet()) && of(r, LIVE).size() >= 2);
        assertThat(of(rows, BACKLOG)).isEqualTo(backlog);
        assertThat(of(rows, LIVE)).as("closed live windows").hasSizeGreaterThanOrEqualTo(2);
        assertThat(live.sent()).containsAllEntriesOf(of(rows, LIVE));
      } finally {
        job.cancel().get();
      }
    }
  }

  /** A camera's backlog on partition 1: {@code windows} windows of old faces, counted into {@code expected}. */
  private static List<ProducerRecord<byte[], byte[]>> backlog(String topic, int windows, Map<String, Long> expected) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int w = 0; w < windows; w++) {
      int faces = 90 + w; // enough faces that reading them spans several watermark intervals
      for (int i = 0; i < faces; i++) {
        long captureTime = Fixtures.windowStart(w) + i * 70L;
        records.add(new ProducerRecord<>(topic, 1, BACKLOG.getBytes(StandardCharsets.UTF_8),
            RecordCodec.FACES.encode(Fixtures.face(BACKLOG, captureTime, Emotion.NEUTRAL))));
      }
      expected.put(LiveFaces.windowKey(BACKLOG, Fixtures.windowStart(w)), (long) faces);
    }
    return records;
  }

  /** A job on its own topics and database, named after the test, and the live camera on partition 0. */
  private record Scenario(String name, JobRunner runner, JobConfig config, String jdbcUrl) {
    static Scenario named(String name) throws Exception {
      String jdbcUrl = PostgresServer.shared().createDatabase(name.replace('-', '_') + "_it");
      JobRunner runner = new JobRunner(KafkaServer.shared(), PostgresServer.shared(), jdbcUrl);
      return new Scenario(name, runner, runner.config(name), jdbcUrl);
    }

    String topic() {
      return config.topics().faces();
    }

    LiveFaces liveCamera() {
      return new LiveFaces(KafkaServer.shared().bootstrapServers(), topic(), 0, List.of(LIVE), 5, t -> Emotion.NEUTRAL);
    }

    JobClient start(int parallelism) throws Exception {
      return runner.start(config, FirstPixelClassifier.FACTORY, name, parallelism);
    }
  }

  private static Map<String, Long> awaitRows(String jdbcUrl, Predicate<Map<String, Long>> done) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Map<String, Long> rows = windowRows(jdbcUrl);
    while (!done.test(rows) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      rows = windowRows(jdbcUrl);
    }
    return rows;
  }

  private static Map<String, Long> of(Map<String, Long> rows, String camera) {
    Map<String, Long> ofCamera = new HashMap<>(rows);
    ofCamera.keySet().removeIf(key -> !key.startsWith(camera + "@"));
    return ofCamera;
  }

  private static Map<String, Long> windowRows(String jdbcUrl) throws Exception {
    PostgresServer postgres = PostgresServer.shared();
    return Rows.facesPerWindow(jdbcUrl, postgres.user(), postgres.password(), "true");
  }

}
