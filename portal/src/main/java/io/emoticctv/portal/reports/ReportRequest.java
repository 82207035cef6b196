package io.emoticctv.portal.reports;

import io.micronaut.http.HttpParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a report covers: the days {@code fromDay}..{@code toDay} (inclusive, in {@code zone}), the
 * cameras (empty = all), a zone of cameras (empty = all) and the bucket size. Parsed from the
 * report form's query parameters; every malformed value is refused with a message for the page.
 */
public record ReportRequest(
    LocalDate fromDay, LocalDate toDay, ZoneId zone, List<String> cameras, String cameraZone, Granularity granularity) {
  static final int MAX_CAMERAS = 50;
  private static final Pattern CAMERA_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public Instant from() {
    return fromDay.atStartOfDay(zone).toInstant();
  }

  public Instant to() {
    return toDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** {@code 2026-11-01 to 2026-11-07, hourly, cameras cam-1, cam-2}: for exports and the audit. */
  public String describe() {
    return fromDay + " to " + toDay + ", by " + granularity.key()
        + (cameras.isEmpty() ? ", all cameras" : ", cameras " + String.join(", ", cameras))
        + (cameraZone.isEmpty() ? "" : ", zone " + cameraZone);
  }

  /** The report form's single-valued query parameters, empty when absent. */
  static Map<String, String> filters(HttpParameters query) {
    Map<String, String> filters = new HashMap<>();
    for (String key : List.of("from", "to", "zone", "granularity")) {
      filters.put(key, query.getFirst(key).orElse(""));
    }
    return filters;
  }

  /**
   * The report the form's query asks for: {@code from}, {@code to}, {@code zone}, {@code granularity}
   * and a {@code camera} per camera.
   *
   * @throws IllegalArgumentException with a message for the page
   */
  static ReportRequest fromQuery(HttpParameters query, ZoneId zone, LocalDate today) {
    return parse(filters(query), query.getAll("camera"), zone, today);
  }

  /**
   * @param cameras the repeated {@code camera} parameter
   * @throws IllegalArgumentException with a message for the page
   */
  static ReportRequest parse(Map<String, String> params, List<String> cameras, ZoneId zone, LocalDate today) {
    String given = Objects.toString(params.get("granularity"), "");
    Granularity granularity = Granularity.parse(given.isBlank() ? "hour" : given);
    LocalDate to = day(params.get("to"), today, "end");
    LocalDate from = day(params.get("from"), to.minusDays(granularity == Granularity.MINUTE ? 0 : 6), "start");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The end date is before the start date.");
    }
    ReportRequest request =
        new ReportRequest(from, to, zone, cameras(cameras), Objects.toString(params.get("zone"), "").strip(), granularity);
    if (Duration.between(request.from(), request.to()).compareTo(granularity.maxRange) > 0) {
      throw new IllegalArgumentException(
          "A report by " + granularity.key() + " covers at most " + granularity.maxRange.toDays()
              + " days; choose a shorter range or a coarser granularity.");
    }
    if (request.cameraZone().length() > 100) {
      throw new IllegalArgumentException("The zone name is too long.");
    }
    return request;
  }

  private static List<String> cameras(List<String> given) {
    List<String> ids = given == null ? List.of() : given.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (ids.size() > MAX_CAMERAS) {
      throw new IllegalArgumentException("A report compares at most " + MAX_CAMERAS + " cameras.");
    }
    for (String id : ids) {
      if (!CAMERA_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("There is no camera with the id " + id + ".");
      }
    }
    return ids;
  }

  private static LocalDate day(String text, LocalDate fallback, String which) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The " + which + " date must look like 2026-11-25.");
    }
  }
}
