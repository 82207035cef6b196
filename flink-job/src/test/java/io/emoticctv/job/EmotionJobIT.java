package io.emoticctv.job;

import static io.emoticctv.job.testing.Fixtures.face;
import static io.emoticctv.job.testing.Fixtures.windowStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole job on a MiniCluster, against a real Kafka broker and a real PostgreSQL. */
class EmotionJobIT {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static KafkaServer kafka;
  private static PostgresServer postgres;
  private static String jdbcUrl;
  private static JobRunner job;

  @BeforeAll
  static void servers() {
    kafka = KafkaServer.shared();
    postgres = PostgresServer.shared();
    jdbcUrl = postgres.createDatabase("emotion_job_it");
    job = new JobRunner(kafka, postgres, jdbcUrl);
  }

  /** {@code n} faces of {@code emotion} in the camera's window {@code index}, 1 s apart. */
  private static List<ProducerRecord<byte[], byte[]>> faces(String topic, String camera, int index, int n, Emotion emotion) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long captureTime = windowStart(index) + 500 + i * 1_000L;
      records.add(new ProducerRecord<>(topic, key(camera), RecordCodec.FACES.encode(face(camera, captureTime, emotion))));
    }
    return records;
  }

  private static byte[] key(String camera) {
    return camera.getBytes(StandardCharsets.UTF_8);
  }

  /** What the job published to {@code topic}, decoded; every record must be keyed by {@code camera}. */
  private static <T> List<T> published(String topic, String camera, RecordCodec<T> codec) throws Exception {
    List<T> published = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : KafkaTestClient.readAll(kafka.bootstrapServers(), topic)) {
      assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(camera);
      published.add(codec.decode(r.value()));
    }
    return published;
  }

  private List<Map<String, Object>> windowRows(String camera) throws Exception {
    return Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "SELECT (EXTRACT(EPOCH FROM window_start) * 1000)::bigint AS start_ms,"
            + " (EXTRACT(EPOCH FROM window_end) * 1000)::bigint AS end_ms, faces,"
            + " anger, disgust, fear, happiness, neutral, sadness, surprise,"
            + " p_anger, p_happiness, p_neutral, model"
            + " FROM emotion_windows WHERE camera_id = ? ORDER BY window_start", camera);
  }

  @Test
  void aMalformedRecordGoesToTheDeadLetterTopicAndLaterFacesStillCount() throws Exception {
    JobConfig config = job.config("dlq");
    String camera = "cam-dlq";
    byte[] garbage = "{\"v\":1,\"cameraId\":".getBytes(StandardCharsets.UTF_8);
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    records.add(new ProducerRecord<>(config.topics().faces(), key(camera), garbage));
    records.addAll(faces(config.topics().faces(), camera, 0, 5, Emotion.NEUTRAL));
    records.addAll(faces(config.topics().faces(), camera, 1, 4, Emotion.SURPRISE));
    KafkaTestClient.send(kafka.bootstrapServers(), records);

    job.runToEnd(config, FirstPixelClassifier.FACTORY, "it-dlq", 2);

    List<DeadLetter> dlq = published(config.topics().facesDlq(), camera, RecordCodec.DEAD_LETTERS);
    assertThat(dlq).hasSize(1);
    DeadLetter dead = dlq.get(0);
    assertThat(dead.reason()).startsWith("not a FaceRecord JSON document");
    assertThat(dead.sourceTopic()).isEqualTo(config.topics().faces());
    assertThat(dead.offset()).isZero();
    assertThat(dead.key()).isEqualTo(camera);
    assertThat(dead.value()).isEqualTo(garbage);

    assertThat(windowRows(camera))
        .extracting(row -> row.get("start_ms"), row -> row.get("faces"), row -> row.get("neutral"), row -> row.get("surprise"))
        .containsExactly(
            tuple(windowStart(0), 5, 5, 0),
            tuple(windowStart(1), 4, 0, 4));
  }

  @Test
  void windowsCountEveryFaceOnceEvenWhenTheInputIsReplayed() throws Exception {
    JobConfig config = job.config("windows");
    String camera = "cam-windows";
    String topic = config.topics().faces();
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    records.addAll(faces(topic, camera, 0, 3, Emotion.ANGER));
    records.addAll(faces(topic, camera, 0, 2, Emotion.HAPPINESS));
    records.addAll(faces(topic, camera, 1, 4, Emotion.NEUTRAL));
    records.addAll(faces(topic, camera, 1, 1, Emotion.SADNESS));
    records.addAll(faces(topic, camera, 2, 6, Emotion.HAPPINESS));
    KafkaTestClient.send(kafka.bootstrapServers(), records);

    job.runToEnd(config, FirstPixelClassifier.FACTORY, "it-windows-1", 2);
    List<Map<String, Object>> first = windowRows(camera);
    // the same faces again, as after an offset reset: the upsert rewrites, never adds
    job.runToEnd(config, FirstPixelClassifier.FACTORY, "it-windows-2", 2);
    List<Map<String, Object>> replayed = windowRows(camera);

    for (List<Map<String, Object>> rows : List.of(first, replayed)) {
      assertThat(rows).extracting(r -> r.get("faces")).containsExactly(5, 5, 6);
      assertThat(rows).extracting(r -> r.get("start_ms")).containsExactly(windowStart(0), windowStart(1), windowStart(2));
      assertThat(rows).allSatisfy(r -> {
        assertThat((long) r.get("end_ms") - (long) r.get("start_ms")).isEqualTo(10_000L);
        int sum = 0;
        for (Emotion e : Emotion.values()) {
          sum += (int) r.get(e.key());
        }
        assertThat(sum).isEqualTo(r.get("faces"));
        assertThat(r.get("model")).isEqualTo(Fixtures.MODEL);
      });
    }
    assertThat(replayed.get(0)).containsEntry("anger", 3).containsEntry("happiness", 2);
    assertThat((float) replayed.get(0).get("p_anger")).isCloseTo((3 * 0.94f + 2 * 0.01f) / 5, within(1e-5f));
    assertThat(replayed.get(1)).containsEntry("neutral", 4).containsEntry("sadness", 1);
    assertThat(replayed.get(2)).containsEntry("happiness", 6);

    List<EmotionWindow> published = published(config.topics().emotionWindows(), camera, RecordCodec.EMOTION_WINDOWS);
    assertThat(published).extracting(EmotionWindow::faces).containsExactly(5, 5, 6, 5, 5, 6); // once per run
  }

  @Test
  void aSustainedAbnormalRunRaisesOneAlertPerEpisode() throws Exception {
    JobConfig config = job.config("alerts");
    String camera = "cam-alerts";
    String topic = config.topics().faces();
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int w = 0; w <= 5; w++) { // six angry windows: one episode, not two alerts
      records.addAll(faces(topic, camera, w, 4, Emotion.ANGER));
      records.addAll(faces(topic, camera, w, 1, Emotion.HAPPINESS));
    }
    records.addAll(faces(topic, camera, 6, 4, Emotion.HAPPINESS)); // ends the episode
    for (int w = 7; w <= 9; w++) { // a new episode
      records.addAll(faces(topic, camera, w, 3, Emotion.FEAR));
    }
    records.addAll(faces(topic, camera, 10, 3, Emotion.NEUTRAL));
    records.addAll(faces(topic, camera, 11, 3, Emotion.ANGER)); // too short a run: no alert
    records.addAll(faces(topic, camera, 12, 3, Emotion.ANGER));
    records.addAll(faces(topic, camera, 13, 3, Emotion.NEUTRAL));
    KafkaTestClient.send(kafka.bootstrapServers(), records);

    job.runToEnd(config, FirstPixelClassifier.FACTORY, "it-alerts", 2);

    String first = AlertRecord.alertId(config.alertRule().name(), camera, windowStart(0));
    String second = AlertRecord.alertId(config.alertRule().name(), camera, windowStart(7));
    List<AlertRecord> published = published(config.topics().alerts(), camera, RecordCodec.ALERTS);
    assertThat(published).extracting(AlertRecord::alertId).containsExactly(first, second);
    AlertRecord anger = published.get(0);
    assertThat(anger.emotion()).isEqualTo(Emotion.ANGER);
    assertThat(anger.severity()).isEqualTo(Severity.HIGH);
    assertThat(anger.firstWindowStart()).isEqualTo(windowStart(0));
    assertThat(anger.openedAt()).isEqualTo(windowStart(3));
    assertThat(anger.peakShare()).isEqualTo(0.8);
    assertThat(anger.windows()).isEqualTo(3);
    assertThat(anger.model()).isEqualTo(Fixtures.MODEL);
    assertThat(published.get(1).emotion()).isEqualTo(Emotion.FEAR);

    List<Map<String, Object>> rows = Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "SELECT alert_id, emotion, severity, (EXTRACT(EPOCH FROM first_window_start) * 1000)::bigint AS first_ms,"
            + " windows, status FROM alerts WHERE camera_id = ? ORDER BY first_window_start", camera);
    assertThat(rows).extracting(r -> r.get("alert_id")).containsExactly(first, second);
    assertThat(rows.get(0)).containsEntry("emotion", "anger").containsEntry("severity", "HIGH")
        .containsEntry("first_ms", windowStart(0)).containsEntry("windows", 3).containsEntry("status", "OPEN");
  }
}
