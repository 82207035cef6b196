package io.emoticctv.models.benchmark;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.EmotionClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;

/** Measures batched inference throughput of a classifier on this machine. */
public final class InferenceBenchmark {

  /** One measured batch size. */
  public record Row(int batch, int faces, double seconds) {
    public double facesPerSecond() {
      return faces / seconds;
    }

    public double msPerFace() {
      return 1000 * seconds / faces;
    }
  }

  private InferenceBenchmark() {}

  /** Runs each batch size for about secondsPerSize after a short warm-up. */
  public static List<Row> run(EmotionClassifier classifier, int[] batchSizes, double secondsPerSize) {
    List<Row> rows = new ArrayList<>();
    Random random = new Random(1);
    for (int batch : batchSizes) {
      List<byte[]> crops = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        byte[] crop = new byte[FacePreprocessing.PIXELS];
        random.nextBytes(crop);
        crops.add(crop);
      }
      for (int i = 0; i < 3; i++) {
        classifier.classify(crops);
      }
      int faces = 0;
      long start = System.nanoTime();
      long budget = (long) (secondsPerSize * 1e9);
      do {
        classifier.classify(crops);
        faces += batch;
      } while (System.nanoTime() - start < budget);
      rows.add(new Row(batch, faces, (System.nanoTime() - start) / 1e9));
    }
    return rows;
  }

  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder("| batch | faces/s | ms per face |\n|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %d | %,.0f | %.3f |%n", r.batch(), r.facesPerSecond(), r.msPerFace()));
    }
    return sb.toString();
  }

  /**
   * Faces/s per batch size of a baseline and a candidate (each summed over all its rows of that
   * size, e.g. alternating rounds) and the candidate's speed-up.
   */
  public static String comparisonTable(String baselineName, List<Row> baseline, String candidateName, List<Row> candidate) {
    Map<Integer, double[]> base = perBatch(baseline);
    Map<Integer, double[]> cand = perBatch(candidate);
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "| batch | %s faces/s | %s faces/s | speed-up |%n|---:|---:|---:|---:|%n", baselineName, candidateName));
    base.forEach((batch, b) -> {
      double[] c = cand.get(batch);
      double baseRate = b[0] / b[1];
      double candRate = c[0] / c[1];
      sb.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %.2fx |%n", batch, baseRate, candRate, candRate / baseRate));
    });
    return sb.toString();
  }

  /** batch → {faces, seconds} summed. */
  private static Map<Integer, double[]> perBatch(List<Row> rows) {
    Map<Integer, double[]> sums = new TreeMap<>();
    for (Row r : rows) {
      double[] sum = sums.computeIfAbsent(r.batch(), b -> new double[2]);
      sum[0] += r.faces();
      sum[1] += r.seconds();
    }
    return sums;
  }
}
