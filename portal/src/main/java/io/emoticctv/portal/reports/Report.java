package io.emoticctv.portal.reports;

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
 */
public record Report(
    ReportRequest request,
    List<Bucket> series,
    Tally total,
    List<CameraTally> cameras,
    List<Bucket> busiest,
    List<ReportAlert> alerts) {

  public record Bucket(Instant start, Tally tally) {}

  public record CameraTally(String cameraId, String name, Tally tally) {}
}
