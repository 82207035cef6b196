package io.emoticctv.portal.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The days a scheduled report covers: the last complete day or Monday-to-Sunday week. */
public record ReportPeriod(LocalDate firstDay, LocalDate lastDay) {

  public enum Frequency {
    DAILY,
    WEEKLY
  }

  /** The last complete period at {@code now} in {@code zone}. */
  static ReportPeriod lastComplete(Frequency frequency, Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    if (frequency == Frequency.DAILY) {
      return new ReportPeriod(today.minusDays(1), today.minusDays(1));
    }
    LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new ReportPeriod(thisMonday.minusWeeks(1), thisMonday.minusDays(1));
  }

  /** The period to send now, or empty when the last complete one was sent already. */
  static Optional<ReportPeriod> due(Frequency frequency, LocalDate lastSentStart, Instant now, ZoneId zone) {
    ReportPeriod period = lastComplete(frequency, now, zone);
    return lastSentStart != null && !lastSentStart.isBefore(period.firstDay()) ? Optional.empty() : Optional.of(period);
  }
}
