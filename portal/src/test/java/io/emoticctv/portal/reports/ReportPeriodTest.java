package io.emoticctv.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Wednesday 2026-11-25 00:30 in Berlin, still Tuesday in UTC
  static final Instant WEDNESDAY_EARLY = Instant.parse("2026-11-24T23:30:00Z");

  @Test
  void theLastCompleteDayAndWeekAreTakenInTheDisplayZone() {
    assertThat(ReportPeriod.lastComplete(ReportPeriod.Frequency.DAILY, WEDNESDAY_EARLY, BERLIN))
        .isEqualTo(new ReportPeriod(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24")));
    assertThat(ReportPeriod.lastComplete(ReportPeriod.Frequency.WEEKLY, WEDNESDAY_EARLY, BERLIN))
        .isEqualTo(new ReportPeriod(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-22")));
    assertThat(ReportPeriod.lastComplete(ReportPeriod.Frequency.DAILY, WEDNESDAY_EARLY, ZoneId.of("UTC")).firstDay())
        .isEqualTo(LocalDate.parse("2026-11-23"));
  }

  @Test
  void aPeriodIsDueOnceUntilTheNextOneCompletes() {
    var daily = ReportPeriod.Frequency.DAILY;
    assertThat(ReportPeriod.due(daily, null, WEDNESDAY_EARLY, BERLIN)).isPresent();
    assertThat(ReportPeriod.due(daily, LocalDate.parse("2026-11-23"), WEDNESDAY_EARLY, BERLIN)).isPresent();
    assertThat(ReportPeriod.due(daily, LocalDate.parse("2026-11-24"), WEDNESDAY_EARLY, BERLIN)).isEmpty();
    assertThat(ReportPeriod.due(daily, LocalDate.parse("2026-11-24"), WEDNESDAY_EARLY.plusSeconds(86_400), BERLIN)).isPresent();
    var weekly = ReportPeriod.Frequency.WEEKLY;
    assertThat(ReportPeriod.due(weekly, LocalDate.parse("2026-11-16"), WEDNESDAY_EARLY, BERLIN)).isEmpty();
    assertThat(ReportPeriod.due(weekly, LocalDate.parse("2026-11-09"), WEDNESDAY_EARLY, BERLIN)).isPresent();
  }
}
