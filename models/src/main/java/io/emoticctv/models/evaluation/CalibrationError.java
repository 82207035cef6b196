package io.emoticctv.models.evaluation;

import io.emoticctv.models.EmotionClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected calibration error (ECE): predictions are grouped by confidence (the top probability)
 * into equal-width bins; ECE is the image-weighted mean gap |accuracy − mean confidence| over the
 * bins. 0 means "70 % sure" is right 70 % of the time.
 */
public final class CalibrationError {
  /** The usual choice in the calibration literature (Guo et al. 2017). */
  public static final int DEFAULT_BINS = 15;

  /** One confidence bin of a reliability diagram; empty bins have count 0 and NaN means. */
  public record ReliabilityBin(double lower, double upper, int count, double meanConfidence, double accuracy) {
    public double gap() {
      return count == 0 ? 0 : Math.abs(accuracy - meanConfidence);
    }
  }

  private CalibrationError() {}

  public static List<ReliabilityBin> bins(int[] labels, float[][] probabilities, int binCount) {
    int[] count = new int[binCount];
    double[] confidence = new double[binCount];
    int[] correct = new int[binCount];
    for (int i = 0; i < labels.length; i++) {
      int predicted = EmotionClassifier.mostProbable(probabilities[i]);
      double top = probabilities[i][predicted];
      // a confidence of exactly 1 belongs to the last bin, (lower, upper] otherwise
      int b = Math.min(binCount - 1, Math.max(0, (int) Math.ceil(top * binCount) - 1));
      count[b]++;
      confidence[b] += top;
      correct[b] += predicted == labels[i] ? 1 : 0;
    }
    List<ReliabilityBin> out = new ArrayList<>(binCount);
    for (int b = 0; b < binCount; b++) {
      out.add(new ReliabilityBin((double) b / binCount, (double) (b + 1) / binCount, count[b],
          count[b] == 0 ? Double.NaN : confidence[b] / count[b],
          count[b] == 0 ? Double.NaN : (double) correct[b] / count[b]));
    }
    return out;
  }

  public static double expected(List<ReliabilityBin> bins) {
    int total = bins.stream().mapToInt(ReliabilityBin::count).sum();
    return total == 0 ? 0 : bins.stream().mapToDouble(b -> b.count() * b.gap()).sum() / total;
  }

  public static double expected(int[] labels, float[][] probabilities) {
    return expected(bins(labels, probabilities, DEFAULT_BINS));
  }
}
