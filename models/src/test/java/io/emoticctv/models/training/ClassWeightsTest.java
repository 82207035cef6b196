package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {

  @Test
  void balancedWeightIsTotalOverClassesTimesCount() {
    // 7 classes, 70 images: the average class has 10
    int[] counts = {10, 2, 20, 10, 10, 8, 10};

    float[] w = ClassWeights.balanced(counts);

    assertThat(w[0]).isCloseTo(1f, within(1e-6f));
    assertThat(w[1]).isCloseTo(5f, within(1e-6f)); // 70 / (7 * 2)
    assertThat(w[2]).isCloseTo(0.5f, within(1e-6f));
    assertThat(w[5]).isCloseTo(1.25f, within(1e-6f));
    // every class then carries the same total weight
    for (int c = 0; c < counts.length; c++) {
      assertThat(w[c] * counts[c]).isCloseTo(10f, within(1e-5f));
    }
  }

  @Test
  void aClassWithoutImagesWeighsNothing() {
    assertThat(ClassWeights.balanced(new int[] {4, 0, 4, 4, 4, 4, 4})[1]).isZero();
  }
}
