package io.emoticctv.contracts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * When a rule is active: on the given weekdays, between two times of day in a time zone, except
 * on holidays. A window whose start is greater than its end spans midnight (22:00–06:00 is
 * active from 22:00 to the next day's 06:00, and the weekday is the day it started).
 *
 * @param days weekdays the rule is active on; never empty
 * @param startMinute minute of the day the active period starts, 0..1439
 * @param endMinute minute of the day it ends (exclusive), 0..1440; equal to start = all day
 * @param timeZone an IANA zone id, such as {@code Europe/Berlin}
 * @param holidays ISO dates ({@code 2026-12-25}) on which the rule is inactive all day
 */
public record RuleSchedule(
    Set<DayOfWeek> days, int startMinute, int endMinute, String timeZone, List<String> holidays) {

  public static final RuleSchedule ALWAYS =
      new RuleSchedule(Set.of(DayOfWeek.values()), 0, 0, "UTC", List.of());

  /** Whether the rule is active at {@code epochMs}. */
  public boolean activeAt(long epochMs) {
    ZonedDateTime t = Instant.ofEpochMilli(epochMs).atZone(ZoneId.of(timeZone));
    int minute = t.getHour() * 60 + t.getMinute();
    LocalDate day = t.toLocalDate();
    if (startMinute == endMinute) {
      return activeOn(day);
    }
    if (startMinute < endMinute) {
      return minute >= startMinute && minute < endMinute && activeOn(day);
    }
    return minute >= startMinute ? activeOn(day) : minute < endMinute && activeOn(day.minusDays(1));
  }

  private boolean activeOn(LocalDate day) {
    return days.contains(day.getDayOfWeek()) && !holidays.contains(day.toString());
  }

  /** Describes what is wrong with this schedule, or returns null when it is valid. */
  public String problem() {
    if (days == null || days.isEmpty()) {
      return "schedule needs at least one weekday";
    }
    if (startMinute < 0 || startMinute > 1439 || endMinute < 0 || endMinute > 1440) {
      return "schedule times must be within the day";
    }
    try {
      ZoneId.of(timeZone);
      holidays.forEach(LocalDate::parse);
    } catch (RuntimeException e) {
      return "schedule has a bad time zone or holiday date: " + e.getMessage();
    }
    return null;
  }
}
