package io.emoticctv.portal.reports;

import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.web.Disclaimer;
import io.micronaut.email.Attachment;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails each report schedule's last complete period as a PDF to its recipients (enabled users
 * only), once per period: daily reports by hour, weekly ones by day. Checked hourly; {@link
 * #run(Instant)} does one check at a given instant.
 */
@Singleton
public class ScheduledReports {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledReports.class);

  private final ReportScheduleRepository schedules;
  private final ReportService reports;
  private final EmailSender<?, ?> mail;
  private final AuditTrail audit;
  private final ZoneId zone;
  private final Clock clock = Clock.systemUTC();

  ScheduledReports(
      ReportScheduleRepository schedules, ReportService reports, EmailSender<?, ?> mail, AuditTrail audit, PortalSettings settings) {
    this.schedules = schedules;
    this.reports = reports;
    this.mail = mail;
    this.audit = audit;
    this.zone = settings.displayTimeZone();
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "2m")
  void hourly() {
    run(clock.instant());
  }

  /** Sends what is due at {@code now}; returns how many emails went out. */
  public int run(Instant now) {
    int sent = 0;
    for (ReportSchedule schedule : schedules.all()) {
      var due = ReportPeriod.due(schedule.frequency(), schedule.lastPeriodStart(), now, zone);
      if (due.isEmpty()) {
        continue;
      }
      ReportPeriod period = due.get();
      ReportRequest request = new ReportRequest(period.firstDay(), period.lastDay(), zone, schedule.cameras(), "",
          schedule.frequency() == ReportPeriod.Frequency.DAILY ? Granularity.HOUR : Granularity.DAY);
      byte[] pdf = reports.pdf(reports.build(request));
      List<String> recipients = schedules.enabledUsers(schedule.recipients());
      for (String to : recipients) {
        try {
          mail.send(Email.builder()
              .to(to)
              .subject("EmotiCCTV report \"" + schedule.name() + "\": " + period.firstDay()
                  + (period.lastDay().equals(period.firstDay()) ? "" : " to " + period.lastDay()))
              .body("The report " + schedule.name() + " for " + request.describe() + " is attached.\n\n" + Disclaimer.TEXT + "\n")
              .attachment(Attachment.builder()
                  .filename("emoticctv-report-" + period.firstDay() + ".pdf")
                  .contentType("application/pdf")
                  .content(pdf)
                  .build()));
          sent++;
        } catch (RuntimeException e) {
          LOG.warn("Could not email report {} to {}: {}", schedule.name(), to, e.toString());
        }
      }
      schedules.markSent(schedule.id(), period.firstDay());
      audit.record("system", "report.scheduled", schedule.name(), request.describe() + " to " + String.join(", ", recipients));
    }
    return sent;
  }
}
