package io.emoticctv.portal.reports;

import io.emoticctv.portal.admin.EmotionLooks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums rollup rows into a report's buckets, totals, per-camera tallies and busiest periods. */
final class ReportBuilder {
  static final int BUSIEST = 5;

  private ReportBuilder() {}

  /**
   * @param names camera names by id, for the comparison (an unknown id shows as itself)
   */
  static Report build(
      ReportRequest request, List<RollupRow> rows, Map<String, String> names, List<ReportAlert> alerts, List<EmotionLooks.Group> groups) {
    Map<Instant, Tally> buckets = new TreeMap<>();
    Map<String, Tally> perCamera = new LinkedHashMap<>();
    Tally total = Tally.empty();
    for (RollupRow row : rows) {
      Instant start = bucketStart(row.bucket(), request.granularity(), request.zone());
      buckets.merge(start, Tally.empty().plus(row.faces(), row.counts()), (a, b) -> a.plus(b.faces(), b.counts()));
      perCamera.merge(row.cameraId(), Tally.empty().plus(row.faces(), row.counts()), (a, b) -> a.plus(b.faces(), b.counts()));
      total = total.plus(row.faces(), row.counts());
    }
    List<Report.Bucket> series =
        buckets.entrySet().stream().map(e -> new Report.Bucket(e.getKey(), e.getValue())).toList();
    List<Report.Bucket> busiest =
        series.stream()
            .filter(b -> b.tally().faces() > 0)
            .sorted(Comparator.comparingLong((Report.Bucket b) -> b.tally().faces()).reversed()
                .thenComparing(Report.Bucket::start))
            .limit(BUSIEST)
            .toList();
    List<Report.CameraTally> cameras =
        perCamera.entrySet().stream()
            .map(e -> new Report.CameraTally(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
            .sorted(Comparator.comparingLong((Report.CameraTally c) -> c.tally().faces()).reversed()
                .thenComparing(Report.CameraTally::cameraId))
            .toList();
    return new Report(request, series, total, cameras, busiest, alerts, groups);
  }

  /** A rollup bucket's start, or for days the start of its day in {@code zone}. */
  static Instant bucketStart(Instant rollupBucket, Granularity granularity, ZoneId zone) {
    if (granularity != Granularity.DAY) {
      return rollupBucket;
    }
    return rollupBucket.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }
}
