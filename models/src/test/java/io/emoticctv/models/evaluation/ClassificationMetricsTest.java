package io.emoticctv.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

  @Test
  void accuracyPerClassScoresAndMacroF1MatchAHandCount() {
    // true: anger x3, disgust x1, happiness x2; predicted: anger,anger,fear | anger | happiness,happiness
    int[] labels = {0, 0, 0, 1, 3, 3};
    float[][] probs = {one(0), one(0), one(2), one(0), one(3), one(3)};

    ClassificationMetrics m = ClassificationMetrics.of(labels, probs);

    assertThat(m.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(m.precision(0)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.recall(0)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.f1(1)).isZero();
    assertThat(m.f1(3)).isEqualTo(1.0);
    // present classes: anger (F1 2/3), disgust (0), happiness (1); fear has no true images
    assertThat(m.macroF1()).isCloseTo((2 / 3.0 + 0 + 1) / 3, within(1e-9));
    assertThat(m.support(2)).isZero();
  }

  private static float[] one(int c) {
    float[] row = new float[7];
    for (int i = 0; i < 7; i++) {
      row[i] = i == c ? 0.88f : 0.02f;
    }
    return row;
  }
}
