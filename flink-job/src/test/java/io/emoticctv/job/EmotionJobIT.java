package io.emoticctv.job;

import static io.emoticctv.job.testing.Fixtures.face;
import static io.emoticctv.job.testing.Fixtures.windowStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.ReportedMetrics;
import io.emoticctv.job.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Meter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole job on a MiniCluster, against a real Kafka broker and a real PostgreSQL. */
class EmotionJobIT {
  /** What a metrics reporter (Prometheus in production) is shown, kept after each job ends. */
  private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(METRICS.addToConfiguration(new Configuration()))
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

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
            + " p_anger, p_happiness, p_neutral, tracks, model, model_sha256"
            + " FROM emotion_windows WHERE camera_id = ? ORDER BY window_start", camera);
  }

  @Test
  void aMalformedRecordGoesToTheDeadLetterTopicAndLaterFacesStillCount() throws Exception {
    JobConfig config = job.config("dlq", "--faces.max-record-bytes", "8000");
    String camera = "cam-dlq";
    byte[] garbage = "{\"v\":1,\"cameraId\":".getBytes(StandardCharsets.UTF_8);
    byte[] oversized = new byte[8001];
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    records.add(new ProducerRecord<>(config.topics().faces(), key(camera), garbage));
    records.add(new ProducerRecord<>(config.topics().faces(), key(camera), oversized));
    records.addAll(faces(config.topics().faces(), camera, 0, 5, Emotion.NEUTRAL));
    records.addAll(faces(config.topics().faces(), camera, 1, 4, Emotion.SURPRISE));
    KafkaTestClient.send(kafka.bootstrapServers(), records);

    JobExecutionResult run = job.runToEnd(config, FirstPixelClassifier.FACTORY, "it-dlq", 2);

    List<DeadLetter> dlq = published(config.topics().facesDlq(), camera, RecordCodec.DEAD_LETTERS);
    assertThat(dlq).hasSize(2);
    assertThat(dlq.get(1).reason()).isEqualTo("record of 8001 bytes is larger than the 8000 bytes a FaceRecord may have");
    assertThat(dlq.get(1).offset()).isEqualTo(1);
    assertThat(dlq.get(1).value()).isEqualTo(oversized);
    assertThat(new ReportedMetrics(METRICS, run.getJobID()).count("deadLetters")).isEqualTo(2);
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
        assertThat(r.get("model_sha256")).isEqualTo(Fixtures.MODEL_SHA256);
        assertThat(r.get("tracks")).as("untracked faces").isEqualTo(0);
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
  void oneMisreadFaceOfATrackDoesNotFlipItAndEveryTrackedFaceIsPublished() throws Exception {
    JobConfig config = job.config("tracks");
    String camera = "cam-tracks";
    List<Emotion> track7 = List.of(Emotion.ANGER, Emotion.ANGER, Emotion.ANGER, Emotion.HAPPINESS, Emotion.ANGER);
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < track7.size(); i++) {
      records.add(tracked(config, camera, windowStart(0) + 500 + i * 1_000L, 7, track7.get(i)));
    }
    records.add(tracked(config, camera, windowStart(0) + 600, 8, Emotion.SURPRISE));
    records.add(tracked(config, camera, windowStart(0) + 1_600, 8, Emotion.SURPRISE));
    KafkaTestClient.send(kafka.bootstrapServers(), records);

    JobExecutionResult run = job.runToEnd(config, FirstPixelClassifier.FACTORY, "it-tracks", 2);

    // alpha 0.4: after three angry faces (0.94), the happy one reads anger 0.6 * 0.94 + 0.4 * 0.01
    // = 0.568 and happiness 0.6 * 0.01 + 0.4 * 0.94 = 0.382: still anger
    assertThat(windowRows(camera)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("faces", 7).containsEntry("anger", 5).containsEntry("happiness", 0)
          .containsEntry("surprise", 2).containsEntry("tracks", 2);
    });
    List<TrackEmotionRecord> published = published(config.topics().trackEmotions(), camera, RecordCodec.TRACK_EMOTIONS);
    List<TrackEmotionRecord> seven = published.stream().filter(t -> t.trackId() == 7).toList();
    assertThat(seven).extracting(TrackEmotionRecord::emotion).containsOnly(Emotion.ANGER).hasSize(5);
    assertThat(seven).extracting(TrackEmotionRecord::captureTime)
        .containsExactly(windowStart(0) + 500, windowStart(0) + 1_500, windowStart(0) + 2_500, windowStart(0) + 3_500,
            windowStart(0) + 4_500);
    TrackEmotionRecord misread = seven.get(3);
    assertThat(misread.confidence()).isCloseTo(0.568f, within(1e-5f));
    assertThat(misread.probabilities()[Emotion.HAPPINESS.ordinal()]).isCloseTo(0.382f, within(1e-5f));
    assertThat(misread.box()).isEqualTo(Fixtures.BOX);
    assertThat(published).filteredOn(t -> t.trackId() == 8).hasSize(2);

    assertThat(new ReportedMetrics(METRICS, run.getJobID()).count("facesClassified")).isEqualTo(7);
    assertThat(new ReportedMetrics(METRICS, run.getJobID()).named("facesPerSecond")).isNotEmpty().allSatisfy(m -> assertThat(m).isInstanceOf(Meter.class));
    assertThat(new ReportedMetrics(METRICS, run.getJobID()).samples("inferenceBatchSize")).isPositive();
    assertThat(new ReportedMetrics(METRICS, run.getJobID()).samples("endToEndLatencyMs")).isEqualTo(7);
    assertThat(new ReportedMetrics(METRICS, run.getJobID()).count("deadLetters")).isZero();
  }

  private static ProducerRecord<byte[], byte[]> tracked(JobConfig config, String camera, long captureTime, long track,
      Emotion emotion) {
    return new ProducerRecord<>(config.topics().faces(), key(camera),
        RecordCodec.FACES.encode(Fixtures.trackedFace(camera, captureTime, track, emotion)));
  }
}
