package io.emoticctv.portal.reports;

import io.emoticctv.portal.admin.EmotionLooks;
import java.time.Instant;
import java.util.List;

/**
 * A computed report.
 *
 * @param series every bucket with faces, oldest first, all selected cameras summed
 * @param total all faces of the range
 * @param cameras per camera, for the comparison, by faces descending
 * @param busiest the buckets with the most faces, most first
 * @param alerts the alerts opened in the range at the selected cameras, newest first
 * @param groups the admins' groups of emotions, whose totals the report shows too
 */
public record Report(
    ReportRequest request,
    List<Bucket> series,
    Tally total,
    List<CameraTally> cameras,
    List<Bucket> busiest,
    List<ReportAlert> alerts,
    List<EmotionLooks.Group> groups) {

  public record Bucket(Instant start, Tally tally) {}

  public record CameraTally(String cameraId, String name, Tally tally) {}
}
