package io.emoticctv.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FacePreprocessing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmotionClassifierTest {

  @ParameterizedTest
  @MethodSource("io.emoticctv.models.EmotionNetworks#architectures")
  void everyNetworkGivesOneProbabilityRowPerCropInOneCall(String architecture) {
    try (EmotionClassifier classifier = EmotionClassifier.untrained(architecture, 7)) {
      float[][] rows = classifier.classify(crops(5, 1));

      assertThat(rows).hasNumberOfRows(5);
      for (float[] row : rows) {
        assertThat(row).hasSize(Emotion.COUNT);
        float sum = 0;
        for (float p : row) {
          assertThat(p).isBetween(0f, 1f);
          sum += p;
        }
        assertThat(sum).isCloseTo(1f, within(1e-4f));
      }
      assertThat(classifier.modelId()).isEqualTo("untrained-" + architecture);
    }
  }

  @Test
  void emptyBatchGivesNoRowsAndWrongSizedCropIsRejected() {
    try (EmotionClassifier classifier = EmotionClassifier.untrained(EmotionNetworks.COMPACT_CNN, 7)) {
      assertThat(classifier.classify(List.of())).isEmpty();
      assertThatThrownBy(() -> classifier.classify(List.of(new byte[FacePreprocessing.PIXELS], new byte[10])))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("crop 1");
    }
  }

  @Test
  void savedModelReopensWithTheSameOutputsAndHash(@TempDir Path dir) throws Exception {
    List<byte[]> crops = crops(4, 2);
    float[][] before;
    ModelDescriptor written;
    try (EmotionClassifier classifier = EmotionClassifier.untrained(EmotionNetworks.COMPACT_CNN, 11)) {
      before = classifier.classify(crops);
      written = ModelDirectory.write(classifier.model(), dir, ModelDirectory.draft("test", "v9", EmotionNetworks.COMPACT_CNN));
    }

    try (EmotionClassifier reopened = EmotionClassifier.open(dir)) {
      float[][] after = reopened.classify(crops);
      for (int i = 0; i < crops.size(); i++) {
        assertThat(after[i]).containsExactly(before[i], within(1e-6f));
      }
      assertThat(reopened.modelId()).isEqualTo("test-v9");
      assertThat(reopened.weightsSha256()).isEqualTo(Sha256.of(dir.resolve(written.paramsFile())))
          .isEqualTo(written.paramsSha256()).hasSize(64);
    }
  }

  @Test
  void tamperedWeightsAreRefused(@TempDir Path dir) throws Exception {
    try (EmotionClassifier classifier = EmotionClassifier.untrained(EmotionNetworks.COMPACT_CNN, 3)) {
      ModelDescriptor written = ModelDirectory.write(classifier.model(), dir, ModelDirectory.draft("test", "v1", EmotionNetworks.COMPACT_CNN));
      Path params = dir.resolve(written.paramsFile());
      byte[] bytes = Files.readAllBytes(params);
      bytes[bytes.length - 1] ^= 1;
      Files.write(params, bytes);
    }
    assertThatThrownBy(() -> EmotionClassifier.open(dir)).hasMessageContaining("SHA-256");
  }

  @Test
  void mostProbableIsTheArgMaxWithTiesToTheEarlierEmotion() {
    assertThat(EmotionClassifier.mostProbable(new float[] {0.1f, 0.2f, 0.1f, 0, 0, 0.6f, 0})).isEqualTo(5);
    assertThat(EmotionClassifier.mostProbable(new float[] {0.2f, 0.4f, 0.4f, 0, 0, 0, 0})).isEqualTo(1);
  }

  @Test
  void calibratedModelDividesTheLogitsByItsTemperature(@TempDir Path dir) {
    ModelDescriptor plain = TestModels.writeUntrained(dir, EmotionNetworks.COMPACT_CNN, 5);
    plain.withCalibration(new CalibrationSummary(2.0, "holdout", 10, 0.2, 0.1, "val")).write(dir);
    List<byte[]> crops = crops(3, 4);
    float[][] raw;
    try (EmotionClassifier uncalibrated = EmotionClassifier.open(dir, plain)) {
      assertThat(uncalibrated.temperature()).isEqualTo(1.0);
      raw = uncalibrated.classify(crops);
    }

    try (EmotionClassifier calibrated = EmotionClassifier.open(dir)) {
      assertThat(calibrated.temperature()).isEqualTo(2.0);
      float[][] rows = calibrated.classify(crops);
      for (int i = 0; i < rows.length; i++) {
        // softmax(z / 2) is proportional to sqrt(softmax(z))
        double norm = 0;
        for (float p : raw[i]) {
          norm += Math.sqrt(p);
        }
        for (int c = 0; c < Emotion.COUNT; c++) {
          assertThat(rows[i][c]).isCloseTo((float) (Math.sqrt(raw[i][c]) / norm), within(1e-5f));
        }
      }
    }
  }

  @Test
  void float16CopyGivesNearlyTheSameProbabilitiesAndBfloat16IsRefusedWithoutCrashing() {
    try (EmotionClassifier classifier = EmotionClassifier.untrained(EmotionNetworks.COMPACT_CNN, 7);
        EmotionClassifier half = classifier.withPrecision(DataType.FLOAT16)) {
      float[][] full = classifier.classify(crops(2, 3));
      float[][] rows = half.classify(crops(2, 3));

      assertThat(half.precision()).isEqualTo(DataType.FLOAT16);
      for (int i = 0; i < rows.length; i++) {
        assertThat(rows[i]).containsExactly(full[i], within(0.01f));
      }
      assertThatThrownBy(() -> classifier.withPrecision(DataType.BFLOAT16))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("std::terminate");
    }
  }

  @Test
  void logitsAreTheInputsOfTheSoftmax() {
    try (EmotionClassifier classifier = EmotionClassifier.untrained(EmotionNetworks.COMPACT_CNN, 7);
        NDManager manager = NDManager.newBaseManager(DjlRuntime.ENGINE)) {
      List<byte[]> crops = crops(2, 8);
      float[] logits = classifier.logits(manager.create(InputNormalization.toTensorValues(crops),
          InputNormalization.shape(2))).softmax(1).toFloatArray();
      float[][] rows = classifier.classify(crops);

      assertThat(logits).containsExactly(concat(rows[0], rows[1]), within(1e-5f));
    }
  }

  private static float[] concat(float[] a, float[] b) {
    float[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static List<byte[]> crops(int n, long seed) {
    Random random = new Random(seed);
    List<byte[]> crops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] crop = new byte[FacePreprocessing.PIXELS];
      random.nextBytes(crop);
      crops.add(crop);
    }
    return crops;
  }
}
