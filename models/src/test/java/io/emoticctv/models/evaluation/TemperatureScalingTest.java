package io.emoticctv.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.Emotion;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

  @Test
  void temperatureTwoTakesTheSquareRootOfEveryProbabilityAndRenormalises() {
    float[][] p = {{0.64f, 0.06f, 0.06f, 0.06f, 0.06f, 0.06f, 0.06f}};

    float[] scaled = TemperatureScaling.apply(p, 2)[0];

    // sqrt: 0.8 and 6 x 0.24495 = 1.46969; sum 2.26969
    assertThat(scaled[0]).isCloseTo(0.8f / 2.26969f, within(1e-5f));
    assertThat(scaled[1]).isCloseTo(0.244949f / 2.26969f, within(1e-5f));
    assertThat(TemperatureScaling.apply(p, 1)[0]).containsExactly(p[0], within(1e-6f));
  }

  @Test
  void fittedTemperatureSoftensAnOverConfidentModelAndLowersItsLossAndCalibrationError() {
    // says 95 % for its top emotion but is right only 60 % of the time
    Random random = new Random(3);
    int n = 2000;
    int[] labels = new int[n];
    float[][] p = new float[n][];
    for (int i = 0; i < n; i++) {
      int predicted = random.nextInt(Emotion.COUNT);
      p[i] = CalibrationErrorTest.row(predicted, 0.95);
      labels[i] = random.nextDouble() < 0.6 ? predicted : (predicted + 1 + random.nextInt(Emotion.COUNT - 1)) % Emotion.COUNT;
    }

    double t = TemperatureScaling.fit(labels, p);
    float[][] calibrated = TemperatureScaling.apply(p, t);

    assertThat(t).isGreaterThan(1.5);
    assertThat(BatchPredictions.crossEntropy(labels, calibrated)).isLessThan(BatchPredictions.crossEntropy(labels, p) - 0.3);
    assertThat(CalibrationError.expected(labels, calibrated)).isLessThan(0.03);
    assertThat(CalibrationError.expected(labels, p)).isGreaterThan(0.3);
    // the fit is the minimum: nudging T either way costs likelihood
    double best = BatchPredictions.crossEntropy(labels, calibrated);
    assertThat(BatchPredictions.crossEntropy(labels, TemperatureScaling.apply(p, t * 1.05))).isGreaterThan(best);
    assertThat(BatchPredictions.crossEntropy(labels, TemperatureScaling.apply(p, t / 1.05))).isGreaterThan(best);
  }
}
