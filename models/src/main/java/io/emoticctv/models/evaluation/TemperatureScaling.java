package io.emoticctv.models.evaluation;

/**
 * Temperature scaling (Guo et al. 2017): one scalar T divides the logits before the softmax.
 * T &gt; 1 softens an over-confident network; the arg-max, and so the accuracy, never changes.
 *
 * <p>Works on probabilities as well as logits: softmax(log p / T) = softmax(logits / T), since
 * the per-row constant that separates log p from the logits cancels in the softmax.
 */
public final class TemperatureScaling {
  static final double MIN_TEMPERATURE = 0.05;
  static final double MAX_TEMPERATURE = 20;
  private static final double SMALLEST_PROBABILITY = 1e-30;

  private TemperatureScaling() {}

  /** Probabilities as they would be with the logits divided by temperature. */
  public static float[][] apply(float[][] probabilities, double temperature) {
    float[][] out = new float[probabilities.length][];
    for (int i = 0; i < probabilities.length; i++) {
      float[] row = probabilities[i];
      double[] scaled = new double[row.length];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < row.length; c++) {
        scaled[c] = Math.log(Math.max(SMALLEST_PROBABILITY, row[c])) / temperature;
        max = Math.max(max, scaled[c]);
      }
      double sum = 0;
      for (int c = 0; c < row.length; c++) {
        scaled[c] = Math.exp(scaled[c] - max);
        sum += scaled[c];
      }
      out[i] = new float[row.length];
      for (int c = 0; c < row.length; c++) {
        out[i][c] = (float) (scaled[c] / sum);
      }
    }
    return out;
  }

  /**
   * The temperature in [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}] with the lowest
   * mean negative log-likelihood of the labels: golden-section search on log T (the NLL is
   * unimodal in T for a fixed set of logits).
   */
  public static double fit(int[] labels, float[][] probabilities) {
    double phi = (Math.sqrt(5) - 1) / 2;
    double lo = Math.log(MIN_TEMPERATURE);
    double hi = Math.log(MAX_TEMPERATURE);
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = nll(labels, probabilities, a);
    double fb = nll(labels, probabilities, b);
    while (hi - lo > 1e-4) {
      if (fa <= fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - phi * (hi - lo);
        fa = nll(labels, probabilities, a);
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + phi * (hi - lo);
        fb = nll(labels, probabilities, b);
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  private static double nll(int[] labels, float[][] probabilities, double logTemperature) {
    return BatchPredictions.crossEntropy(labels, apply(probabilities, Math.exp(logTemperature)));
  }
}
