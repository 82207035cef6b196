package io.emoticctv.portal.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * The audit page's filters: days {@code from}..{@code to} (inclusive, in the display zone), part of
 * the actor's email, an exact action.
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, int limit) {
  static final int PAGE_LIMIT = 500;
  static final int EXPORT_LIMIT = 100_000;
  static final Duration DEFAULT_SPAN = Duration.ofDays(7);

  /**
   * @throws IllegalArgumentException with a message for the page when a date is malformed or the
   *     range is reversed
   */
  static AuditQuery parse(Map<String, String> params, ZoneId zone, Instant now, int limit) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate fromDay = day(params.get("from"), today.minusDays(DEFAULT_SPAN.toDays() - 1), "from");
    LocalDate toDay = day(params.get("to"), today, "to");
    if (toDay.isBefore(fromDay)) {
      throw new IllegalArgumentException("The end date is before the start date.");
    }
    String actor = Objects.toString(params.get("actor"), "").strip();
    String action = Objects.toString(params.get("action"), "").strip();
    if (actor.length() > 200 || action.length() > 100) {
      throw new IllegalArgumentException("The actor or action filter is too long.");
    }
    return new AuditQuery(
        fromDay.atStartOfDay(zone).toInstant(), toDay.plusDays(1).atStartOfDay(zone).toInstant(), actor, action, limit);
  }

  private static LocalDate day(String text, LocalDate fallback, String field) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The " + field + " date must look like 2026-11-25.");
    }
  }
}
