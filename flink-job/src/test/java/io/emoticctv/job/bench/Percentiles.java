package io.emoticctv.job.bench;

import java.util.List;
import java.util.Locale;

/** p50, p95 and max of latencies in milliseconds (nearest rank). */
record Percentiles(int samples, long p50, long p95, long max) {

  static Percentiles of(List<Long> millis) {
    if (millis.isEmpty()) {
      return new Percentiles(0, -1, -1, -1);
    }
    List<Long> sorted = millis.stream().sorted().toList();
    return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.get(sorted.size() - 1));
  }

  private static long rank(List<Long> sorted, double quantile) {
    return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
  }

  /** {@code p50 | p95 | max} of a table row. */
  String cells() {
    return String.format(Locale.ROOT, "%7d | %6d | %6d | %6d", samples, p50, p95, max);
  }
}
