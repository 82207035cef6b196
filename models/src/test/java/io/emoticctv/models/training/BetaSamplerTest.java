package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BetaSamplerTest {

  @Test
  void samplesHaveTheMeanAndVarianceOfBeta() {
    assertMoments(0.4, 0.4);
    assertMoments(2, 5);
  }

  @Test
  void theSameSeedDrawsTheSameValues() {
    assertThat(BetaSampler.sample(0.2, 0.2, new Random(8))).isEqualTo(BetaSampler.sample(0.2, 0.2, new Random(8)));
  }

  private static void assertMoments(double a, double b) {
    Random random = new Random(1);
    int n = 40_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double x = BetaSampler.sample(a, b, random);
      assertThat(x).isBetween(0.0, 1.0);
      sum += x;
      squares += x * x;
    }
    double mean = sum / n;
    double variance = squares / n - mean * mean;
    assertThat(mean).isCloseTo(a / (a + b), within(0.01));
    assertThat(variance).isCloseTo(a * b / ((a + b) * (a + b) * (a + b + 1)), within(0.005));
  }
}
