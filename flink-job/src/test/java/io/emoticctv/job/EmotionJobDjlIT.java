package io.emoticctv.job;

import static io.emoticctv.job.testing.Fixtures.windowStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.classify.FaceClassifier;
import io.emoticctv.job.records.ClassifiedFace;
import io.emoticctv.job.records.EmotionTally;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.ModelUnderTest;
import io.emoticctv.job.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real DJL model inside the job: what the job writes is what the model says. */
class EmotionJobDjlIT {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

  private static final String CAMERA = "cam-djl";
  private static final int PER_WINDOW = 20;

  @Test
  void windowsHoldTheRealModelsClassificationOfEveryFace() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    String jdbcUrl = postgres.createDatabase("emotion_job_djl_it");
    JobRunner job = new JobRunner(kafka, postgres, jdbcUrl);
    JobConfig config = job.config("djl", "--batch.size", "16");
    ModelUnderTest model = ModelUnderTest.preferTrained();

    Random random = new Random(42);
    List<FaceRecord> faces = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      for (int i = 0; i < PER_WINDOW; i++) {
        byte[] gray = new byte[FacePreprocessing.PIXELS];
        random.nextBytes(gray);
        byte[] crop = FacePreprocessing.toModelInput(gray, FacePreprocessing.SIZE, FacePreprocessing.SIZE);
        // one face per track: nothing to smooth, so the windows hold the model's own readings
        long track = (long) w * PER_WINDOW + i;
        faces.add(FaceRecord.of(CAMERA, windowStart(w) + 300L * i + 1, track, new Box(0, 0, 96, 96), 0.9f, crop));
      }
    }
    KafkaTestClient.send(kafka.bootstrapServers(), faces.stream()
        .map(f -> new ProducerRecord<>(config.topics().faces(), CAMERA.getBytes(StandardCharsets.UTF_8), RecordCodec.FACES.encode(f)))
        .toList());

    // what the model says about these faces, asked directly (same weights, same seed)
    List<EmotionWindow> expected = new ArrayList<>();
    String modelId;
    String weights;
    try (FaceClassifier direct = model.factory().open()) {
      modelId = direct.modelId();
      weights = direct.weightsSha256();
      for (int w = 0; w < 2; w++) {
        List<FaceRecord> window = faces.subList(w * PER_WINDOW, (w + 1) * PER_WINDOW);
        float[][] p = direct.classify(window.stream().map(FaceRecord::crop).toList());
        EmotionTally tally = new EmotionTally();
        for (float[] probabilities : p) {
          tally.add(new ClassifiedFace(CAMERA, 0, null, null, probabilities, modelId, weights));
        }
        expected.add(tally.toWindow(CAMERA, windowStart(w), windowStart(w + 1)));
      }
    }

    job.runToEnd(config, model.factory(), "it-djl", 1);

    List<Map<String, Object>> rows = Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "SELECT * FROM emotion_windows WHERE camera_id = ? ORDER BY window_start", CAMERA);
    assertThat(rows).as("model: %s", model.description()).hasSize(2);
    for (int w = 0; w < 2; w++) {
      Map<String, Object> row = rows.get(w);
      EmotionWindow want = expected.get(w);
      assertThat(row.get("faces")).isEqualTo(PER_WINDOW);
      assertThat(row.get("model")).isEqualTo(modelId);
      assertThat(row.get("model_sha256")).isEqualTo(weights);
      assertThat(row.get("tracks")).isEqualTo(PER_WINDOW);
      float probabilitySum = 0;
      for (Emotion e : Emotion.values()) {
        assertThat(row.get(e.key())).as(e.key()).isEqualTo(want.counts()[e.ordinal()]);
        float p = (float) row.get("p_" + e.key());
        assertThat(p).as("p_" + e.key()).isCloseTo(want.meanProbabilities()[e.ordinal()], within(1e-4f));
        probabilitySum += p;
      }
      assertThat(probabilitySum).isCloseTo(1f, within(1e-3f));
    }
  }
}
