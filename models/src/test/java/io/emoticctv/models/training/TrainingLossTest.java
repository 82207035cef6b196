package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.emoticctv.models.DjlRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainingLossTest {
  private static final double LN7 = Math.log(7);
  static NDManager manager;

  @BeforeAll
  static void engine() {
    DjlRuntime.prepare();
    manager = NDManager.newBaseManager(DjlRuntime.ENGINE);
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @Test
  void crossEntropyOfEvenLogitsIsLnSevenAndWeightsAveragePerImage() {
    // image 1: even logits, loss ln 7; image 2: logit 0 at ln 2 above the rest → p = 2/8, loss ln 4
    NDArray logits = rows(new float[] {0, 0, 0, 0, 0, 0, 0}, new float[] {(float) Math.log(2), 0, 0, 0, 0, 0, 0});
    NDArray targets = rows(oneHot(3), oneHot(0));

    assertThat(TrainingLoss.crossEntropy(logits, targets, null).getFloat()).isCloseTo((float) ((LN7 + Math.log(4)) / 2),
        within(1e-5f));
    NDArray weights = manager.create(new float[] {3, 1});
    assertThat(TrainingLoss.crossEntropy(logits, targets, weights).getFloat())
        .isCloseTo((float) ((3 * LN7 + Math.log(4)) / 4), within(1e-5f));
  }

  @Test
  void softTargetsMixTheirLosses() {
    NDArray logits = rows(new float[] {(float) Math.log(2), 0, 0, 0, 0, 0, 0});
    float[] half = new float[7];
    half[0] = 0.5f;
    half[1] = 0.5f; // a mixup target: −(0.5 ln(2/8) + 0.5 ln(1/8))

    assertThat(TrainingLoss.crossEntropy(logits, rows(half), null).getFloat())
        .isCloseTo((float) (0.5 * Math.log(4) + 0.5 * Math.log(8)), within(1e-5f));
  }

  @Test
  void distillationIsZeroForAStudentMatchingItsTeacherAndScaledByTSquared() {
    NDArray teacher = rows(new float[] {2, 0, 0, 0, 0, 0, 0});
    assertThat(TrainingLoss.distillation(teacher, teacher, 4).getFloat()).isCloseTo(0f, within(1e-6f));

    // T = 2: teacher softmax(1, 0, ...) = (e, 1, ...)/(e + 6); student even = 1/7 each
    NDArray student = rows(new float[7]);
    double z = Math.E + 6;
    double kl = Math.E / z * Math.log(Math.E / z * 7) + 6 / z * Math.log(1 / z * 7);
    assertThat(TrainingLoss.distillation(student, teacher, 2).getFloat()).isCloseTo((float) (4 * kl), within(1e-5f));
  }

  private static float[] oneHot(int c) {
    float[] row = new float[7];
    row[c] = 1;
    return row;
  }

  private static NDArray rows(float[]... rows) {
    float[] flat = new float[rows.length * 7];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, flat, i * 7, 7);
    }
    return manager.create(flat, new Shape(rows.length, 7));
  }
}
