package io.emoticctv.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.Emotion;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationErrorTest {

  /** A probability row with p on emotion top and the rest spread evenly. */
  static float[] row(int top, double p) {
    float[] row = new float[Emotion.COUNT];
    for (int c = 0; c < Emotion.COUNT; c++) {
      row[c] = (float) (c == top ? p : (1 - p) / (Emotion.COUNT - 1));
    }
    return row;
  }

  @Test
  void eceIsTheImageWeightedGapBetweenAccuracyAndConfidencePerBin() {
    // two predictions at 0.90 (one right: gap |0.5-0.9| = 0.4), two at 0.55 (one right: gap 0.05)
    int[] labels = {0, 1, 2, 3};
    float[][] p = {row(0, 0.90), row(0, 0.90), row(2, 0.55), row(0, 0.55)};

    List<CalibrationError.ReliabilityBin> bins = CalibrationError.bins(labels, p, 15);

    assertThat(bins).hasSize(15);
    CalibrationError.ReliabilityBin high = bins.get(13); // (0.867, 0.933]
    assertThat(high.count()).isEqualTo(2);
    assertThat(high.accuracy()).isEqualTo(0.5);
    assertThat(high.meanConfidence()).isCloseTo(0.9, within(1e-6));
    assertThat(bins.get(8).count()).isEqualTo(2); // (0.533, 0.6]
    assertThat(bins.stream().mapToInt(CalibrationError.ReliabilityBin::count).sum()).isEqualTo(4);
    assertThat(CalibrationError.expected(labels, p)).isCloseTo((2 * 0.4 + 2 * 0.05) / 4, within(1e-6));
  }

  @Test
  void alwaysRightAtFullConfidenceHasNoCalibrationError() {
    int[] labels = {0, 5, 6};
    float[][] p = {row(0, 1.0), row(5, 1.0), row(6, 1.0)};

    assertThat(CalibrationError.bins(labels, p, 15).get(14).count()).isEqualTo(3);
    assertThat(CalibrationError.expected(labels, p)).isZero();
  }
}
