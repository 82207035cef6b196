package io.emoticctv.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleScheduleTest {
  private static final Set<DayOfWeek> WEEKDAYS =
      Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  private static long at(String isoLocal) {
    return ZonedDateTime.parse(isoLocal + "+01:00[Europe/Berlin]").toInstant().toEpochMilli();
  }

  @Test
  void officeHoursHoldOnWeekdaysOnly() {
    RuleSchedule office = new RuleSchedule(WEEKDAYS, 8 * 60, 18 * 60, "Europe/Berlin", List.of());
    assertThat(office.activeAt(at("2026-11-25T08:00"))).isTrue(); // Wednesday
    assertThat(office.activeAt(at("2026-11-25T17:59"))).isTrue();
    assertThat(office.activeAt(at("2026-11-25T18:00"))).isFalse();
    assertThat(office.activeAt(at("2026-11-25T07:59"))).isFalse();
    assertThat(office.activeAt(at("2026-11-28T12:00"))).isFalse(); // Saturday
  }

  @Test
  void aNightShiftBelongsToTheDayItStarted() {
    RuleSchedule nights =
        new RuleSchedule(Set.of(DayOfWeek.FRIDAY), 22 * 60, 6 * 60, "Europe/Berlin", List.of());
    assertThat(nights.activeAt(at("2026-11-27T23:00"))).isTrue(); // Friday night
    assertThat(nights.activeAt(at("2026-11-28T05:59"))).isTrue(); // Saturday early morning
    assertThat(nights.activeAt(at("2026-11-28T06:00"))).isFalse();
    assertThat(nights.activeAt(at("2026-11-27T05:00"))).isFalse(); // Thursday's night, not listed
  }

  @Test
  void holidaysAreSkippedAndTheZoneDecidesTheDay() {
    RuleSchedule allDay =
        new RuleSchedule(WEEKDAYS, 0, 0, "Europe/Berlin", List.of("2026-12-25"));
    assertThat(allDay.activeAt(at("2026-12-24T12:00"))).isTrue();
    assertThat(allDay.activeAt(at("2026-12-25T12:00"))).isFalse();
    // 23:30 UTC on Thursday 24 Dec is already Friday 25 Dec in Berlin
    assertThat(allDay.activeAt(ZonedDateTime.parse("2026-12-24T23:30Z").toInstant().toEpochMilli()))
        .isFalse();
  }

  @Test
  void badSchedulesNameTheirProblem() {
    assertThat(new RuleSchedule(Set.of(), 0, 0, "UTC", List.of()).problem()).contains("weekday");
    assertThat(new RuleSchedule(WEEKDAYS, 0, 1500, "UTC", List.of()).problem()).contains("within the day");
    assertThat(new RuleSchedule(WEEKDAYS, 0, 0, "Mars/Olympus", List.of()).problem()).contains("time zone");
    assertThat(RuleSchedule.ALWAYS.problem()).isNull();
  }
}
