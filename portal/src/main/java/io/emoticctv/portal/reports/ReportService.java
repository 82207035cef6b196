package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.admin.EmotionLooks;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.audit.Csv;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Computes reports from the rollups and writes them as CSV and PDF. */
@Singleton
public class ReportService {
  static final int MAX_ALERTS = 1000;

  private final ReportRepository repository;
  private final DisplayTime time;
  private final AuditTrail audit;
  private final EmotionLooks looks;

  ReportService(ReportRepository repository, DisplayTime time, AuditTrail audit, EmotionLooks looks) {
    this.repository = repository;
    this.time = time;
    this.audit = audit;
    this.looks = looks;
  }

  /** A report file to download. */
  record Export(String fileName, String contentType, byte[] content) {}

  /** The report as CSV ({@code pdf} false) or PDF, recorded in the audit trail as {@code who}'s export. */
  Export export(ReportRequest request, boolean pdf, String who) {
    Report report = build(request);
    byte[] content = pdf ? pdf(report) : csv(report).getBytes(StandardCharsets.UTF_8);
    String format = pdf ? "pdf" : "csv";
    audit.record(who, "report.export", request.describe(), format.toUpperCase(Locale.ROOT));
    return new Export("emoticctv-report-" + request.fromDay() + "-to-" + request.toDay() + "." + format,
        pdf ? "application/pdf" : "text/csv; charset=utf-8", content);
  }

  public Report build(ReportRequest request) {
    return ReportBuilder.build(
        request, repository.rows(request), repository.cameraNames(), repository.alerts(request, MAX_ALERTS), looks.groups());
  }

  Map<String, String> cameraNames() {
    return repository.cameraNames();
  }

  List<String> zones() {
    return repository.zones();
  }

  /** One line per bucket: start, faces, then each emotion's count and share. */
  String csv(Report report) {
    List<String> header = new ArrayList<>(List.of("bucket_start", "faces"));
    for (Emotion e : Emotion.values()) {
      header.add(e.key());
      header.add(e.key() + "_share");
    }
    StringBuilder csv = new StringBuilder(Csv.line(header));
    for (Report.Bucket b : report.series()) {
      List<String> cells = new ArrayList<>(List.of(b.start().toString(), Long.toString(b.tally().faces())));
      for (Emotion e : Emotion.values()) {
        cells.add(Long.toString(b.tally().count(e)));
        cells.add(String.format(Locale.ROOT, "%.4f", b.tally().share(e)));
      }
      csv.append(Csv.line(cells));
    }
    return csv.toString();
  }

  public byte[] pdf(Report report) {
    return ReportPdf.render(report, time);
  }
}
