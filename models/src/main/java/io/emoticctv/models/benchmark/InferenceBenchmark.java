package io.emoticctv.models.benchmark;

import com.sun.management.OperatingSystemMXBean;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.EmotionClassifier;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Measures batched inference throughput of a classifier on this machine: wall-clock faces/s, and
 * the process's CPU time per face, which other busy processes on the same cores change far less
 * than they change the wall clock.
 */
public final class InferenceBenchmark {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** One measured batch size. */
  public record Row(int batch, int faces, double seconds, double cpuSeconds) {
    public double facesPerSecond() {
      return faces / seconds;
    }

    public double msPerFace() {
      return 1000 * seconds / faces;
    }

    public double cpuMsPerFace() {
      return 1000 * cpuSeconds / faces;
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
      long cpuStart = OS.getProcessCpuTime();
      long start = System.nanoTime();
      long budget = (long) (secondsPerSize * 1e9);
      do {
        classifier.classify(crops);
        faces += batch;
      } while (System.nanoTime() - start < budget);
      rows.add(new Row(batch, faces, (System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpuStart) / 1e9));
    }
    return rows;
  }

  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder("| batch | faces/s | ms per face | CPU ms per face |\n|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %d | %,.0f | %.3f | %.3f |%n",
          r.batch(), r.facesPerSecond(), r.msPerFace(), r.cpuMsPerFace()));
    }
    return sb.toString();
  }

  /**
   * Faces/s per batch size of a baseline and a candidate (each summed over all its rows of that
   * size, e.g. alternating rounds) and the candidate's speed-up.
   */
  public static String comparisonTable(String baselineName, List<Row> baseline, String candidateName, List<Row> candidate) {
    Map<Integer, Row> candidateByBatch = perBatch(candidate);
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "| batch | %s faces/s | %s faces/s | speed-up |%n|---:|---:|---:|---:|%n", baselineName, candidateName));
    perBatch(baseline).forEach((batch, base) -> {
      Row cand = candidateByBatch.get(batch);
      sb.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %.2fx |%n", batch, base.facesPerSecond(),
          cand.facesPerSecond(), cand.facesPerSecond() / base.facesPerSecond()));
    });
    return sb.toString();
  }

  /** The rows of each batch size summed into one. */
  private static Map<Integer, Row> perBatch(List<Row> rows) {
    Map<Integer, Row> sums = new TreeMap<>();
    for (Row r : rows) {
      sums.merge(r.batch(), r, (a, b) ->
          new Row(a.batch(), a.faces() + b.faces(), a.seconds() + b.seconds(), a.cpuSeconds() + b.cpuSeconds()));
    }
    return sums;
  }
}
