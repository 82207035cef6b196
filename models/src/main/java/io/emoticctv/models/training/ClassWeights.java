package io.emoticctv.models.training;

/**
 * Per-class loss weights. "balanced" (scikit-learn's convention): w_c = N / (K · n_c) for the N
 * training images of K classes, n_c of class c — a class with half the average count weighs 2;
 * a class without images gets 0.
 */
final class ClassWeights {
  private ClassWeights() {}

  static float[] balanced(int[] classCounts) {
    long total = 0;
    for (int n : classCounts) {
      total += n;
    }
    float[] weights = new float[classCounts.length];
    for (int c = 0; c < classCounts.length; c++) {
      weights[c] = classCounts[c] == 0 ? 0f : (float) ((double) total / (classCounts.length * (double) classCounts[c]));
    }
    return weights;
  }
}
