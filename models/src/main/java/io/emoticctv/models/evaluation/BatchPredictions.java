package io.emoticctv.models.evaluation;

import io.emoticctv.models.data.FerDataset;
import java.util.function.Function;
import java.util.List;

/** Runs a batched classifier over a whole data set, batch by batch. */
public final class BatchPredictions {
  private BatchPredictions() {}

  public static float[][] of(Function<List<byte[]>, float[][]> classifier, FerDataset data, int batchSize) {
    float[][] out = new float[data.size()][];
    for (int start = 0; start < data.size(); start += batchSize) {
      int end = Math.min(data.size(), start + batchSize);
      float[][] rows = classifier.apply(data.images().subList(start, end));
      System.arraycopy(rows, 0, out, start, rows.length);
    }
    return out;
  }

  /** Mean cross-entropy of the true labels. */
  public static double crossEntropy(int[] labels, float[][] probabilities) {
    double sum = 0;
    for (int i = 0; i < labels.length; i++) {
      sum -= Math.log(Math.max(1e-12, probabilities[i][labels[i]]));
    }
    return labels.length == 0 ? 0 : sum / labels.length;
  }
}
