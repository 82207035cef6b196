package io.emoticctv.portal.reports;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code report_schedules}. */
public record ReportSchedule(
    long id, String name, ReportPeriod.Frequency frequency, List<String> recipients, List<String> cameras,
    LocalDate lastPeriodStart, String createdBy) {}
