package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as the API gives it: what it covers, then the data the report page draws. Counts are
 * lists in the order of {@code emotions}; times are ISO-8601 instants.
 */
final class ReportJson {
  private ReportJson() {}

  static Map<String, Object> of(Report report) {
    ReportRequest r = report.request();
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("from", r.from().toString());
    range.put("to", r.to().toString());
    range.put("granularity", r.granularity().key());
    range.put("cameras", r.cameras());
    range.put("zone", r.cameraZone());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("range", range);
    json.put("description", r.describe());
    json.put("emotions", Arrays.stream(Emotion.values()).map(Emotion::key).toList());
    json.put("total", tally(report.total()));
    json.put("series", buckets(report.series()));
    json.put("cameras", report.cameras().stream().map(c -> {
      Map<String, Object> camera = new LinkedHashMap<>();
      camera.put("id", c.cameraId());
      camera.put("name", c.name());
      camera.putAll(tally(c.tally()));
      return camera;
    }).toList());
    json.put("busiest", buckets(report.busiest()));
    json.put("groups", report.groups().stream().map(g -> Map.<String, Object>of(
        "key", g.key(), "name", g.label(), "members", g.memberKeys(),
        "faces", report.total().count(g.members()))).toList());
    json.put("alerts", report.alerts().stream().map(a -> Map.<String, Object>of(
        "openedAt", a.openedAt().toString(), "cameraId", a.cameraId(), "emotion", a.emotion(),
        "severity", a.severity(), "peakShare", a.peakShare(), "status", a.status())).toList());
    return json;
  }

  private static List<Map<String, Object>> buckets(List<Report.Bucket> buckets) {
    return buckets.stream().map(b -> {
      Map<String, Object> bucket = new LinkedHashMap<>();
      bucket.put("start", b.start().toString());
      bucket.putAll(tally(b.tally()));
      return bucket;
    }).toList();
  }

  private static Map<String, Object> tally(Tally t) {
    return Map.of("faces", t.faces(), "counts", Arrays.stream(t.counts()).boxed().toList());
  }
}
