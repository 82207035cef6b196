package io.emoticctv.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * One source subtask reading two partitions, one of them far behind the other (a camera whose
 * agent reconnected and sent its backlog). Watermarks per partition keep the backlog on time.
 */
class LaggingPartitionIT {

  @Test
  void aPartitionsBacklogIsCountedInFullWhileAnotherPartitionIsAhead() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    String jdbcUrl = postgres.createDatabase("lagging_partition_it");
    JobRunner runner = new JobRunner(kafka, postgres, jdbcUrl);
    JobConfig config = runner.config("lagging-partition");
    String topic = config.topics().faces();

    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    Map<String, Long> expected = new HashMap<>();
    // enough faces that reading them spans several watermark intervals
    for (int w = 30; w < 40; w++) { // the camera that is ahead, on partition 0
      addWindow(records, expected, topic, 0, "ahead", w, 100);
    }
    for (int w = 0; w < 10; w++) { // the backlog, on partition 1
      addWindow(records, expected, topic, 1, "backlog", w, 90 + w);
    }
    KafkaTestClient.send(kafka.bootstrapServers(), records);

    runner.runToEnd(config, FirstPixelClassifier.FACTORY, "lagging-partition", 1);

    Map<String, Long> rows = new HashMap<>();
    for (Map<String, Object> row : Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "SELECT camera_id, (EXTRACT(EPOCH FROM window_start) * 1000)::bigint AS start_ms, faces FROM emotion_windows")) {
      rows.put(row.get("camera_id") + "@" + row.get("start_ms"), ((Number) row.get("faces")).longValue());
    }
    assertThat(rows).isEqualTo(expected);
  }

  private static void addWindow(List<ProducerRecord<byte[], byte[]>> records, Map<String, Long> expected,
      String topic, int partition, String camera, int window, int faces) {
    for (int i = 0; i < faces; i++) {
      long captureTime = Fixtures.windowStart(window) + i * 100L;
      FaceRecord face = FaceRecord.of(camera, captureTime, (long) i, new Box(0, 0, 48, 48), 0.9f,
          new byte[FacePreprocessing.PIXELS]);
      records.add(new ProducerRecord<>(topic, partition, camera.getBytes(StandardCharsets.UTF_8),
          RecordCodec.FACES.encode(face)));
    }
    expected.put(camera + "@" + Fixtures.windowStart(window), (long) faces);
  }
}
