package io.emoticctv.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchNormFoldingTest {
  private static final Path WEIGHTS = Path.of("").toAbsolutePath().getParent().resolve("models/weights");

  /** The shipped weights: trained batch-norm statistics, unlike a fresh network's (mean 0, variance 1). */
  @ParameterizedTest
  @ValueSource(strings = {"fast-v1", "strong-v1"})
  void theFoldedNetworkClassifiesAsTheTrainedOneDoes(String model) {
    List<byte[]> crops = EmotionClassifierTest.crops(16, 11);
    try (EmotionClassifier folded = EmotionClassifier.open(WEIGHTS.resolve(model));
        EmotionClassifier separate = folded.withSeparateBatchNorm()) {
      float[][] expected = separate.classify(crops);
      float[][] actual = folded.classify(crops);
      for (int i = 0; i < crops.size(); i++) {
        assertThat(actual[i]).containsExactly(expected[i], within(2e-5f));
      }
      assertThat(folded.parameterCount()).as("counted as trained").isEqualTo(separate.parameterCount())
          .isEqualTo(ModelDescriptor.read(WEIGHTS.resolve(model)).parameterCount());
    }
  }
}
