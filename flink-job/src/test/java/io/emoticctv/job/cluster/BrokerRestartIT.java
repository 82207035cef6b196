package io.emoticctv.job.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.Rows;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka broker stops mid-stream and comes back on the same port with its data: the job
 * (on a MiniCluster: no separate process is needed to lose a broker) carries on, and every
 * window still counts exactly the faces produced for it.
 */
class BrokerRestartIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir Path brokerDir;

  @Test
  void aBrokerRestartMidStreamLosesAndDoublesNoFace() throws Exception {
    int port = freePort();
    KafkaServer kafka = KafkaServer.start(brokerDir, port);
    PostgresServer postgres = PostgresServer.shared();
    String jdbcUrl = postgres.createDatabase("broker_restart_it");
    JobRunner runner = new JobRunner(kafka, postgres, jdbcUrl);
    JobConfig config = runner.config("broker-restart");
    WindowedFaces faces = new WindowedFaces(config.topics().faces(), "broker-restart-cam", 4);

    // the faces topic has 2 partitions: one per source subtask
    JobClient job = runner.start(config, FirstPixelClassifier.FACTORY, "broker-restart", 2);
    try {
      for (int w = 0; w < 4; w++) {
        KafkaTestClient.send(kafka.bootstrapServers(), faces.window(w));
        Thread.sleep(300);
      }
      awaitRows(jdbcUrl, postgres, 1);
      kafka.close();
      Thread.sleep(3_000);
      kafka = KafkaServer.start(brokerDir, port);
      for (int w = 4; w < 8; w++) {
        KafkaTestClient.send(kafka.bootstrapServers(), faces.window(w));
        Thread.sleep(300);
      }
      KafkaTestClient.send(kafka.bootstrapServers(), faces.closingFaces(10));

      Map<String, Long> expected = faces.expected();
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      Map<String, Long> actual = windowRows(jdbcUrl, postgres);
      while (!actual.equals(expected) && System.nanoTime() < deadline) {
        Thread.sleep(500);
        actual = windowRows(jdbcUrl, postgres);
      }
      assertThat(actual).isEqualTo(expected);
    } finally {
      job.cancel().get();
      kafka.close();
    }
  }

  private static void awaitRows(String jdbcUrl, PostgresServer postgres, int atLeast) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (windowRows(jdbcUrl, postgres).size() < atLeast) {
      assertThat(System.nanoTime()).as("first window rows").isLessThan(deadline);
      Thread.sleep(300);
    }
  }

  /** Rows of the produced windows (the closing faces' window stays open and is left out). */
  private static Map<String, Long> windowRows(String jdbcUrl, PostgresServer postgres) throws Exception {
    return Rows.facesPerWindow(jdbcUrl, postgres.user(), postgres.password(),
        "window_start < to_timestamp(?::double precision / 1000)", io.emoticctv.job.testing.Fixtures.windowStart(8));
  }


  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
