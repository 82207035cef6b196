package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Page;
import io.emoticctv.portal.web.Percent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports for analysts: shares over time, totals, busiest periods, cameras compared and alerts,
 * for a range, cameras, zone and granularity; exported as CSV or PDF (each export is audited).
 */
@Hidden
@Controller("/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReportsController {
  private final ReportService reports;
  private final AuditTrail audit;
  private final DisplayTime time;
  private final ZoneId zone;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  ReportsController(ReportService reports, AuditTrail audit, DisplayTime time, PortalSettings settings, JsonMapper json) {
    this.reports = reports;
    this.audit = audit;
    this.time = time;
    this.zone = settings.displayTimeZone();
    this.json = json;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request) {
    Map<String, Object> model = new HashMap<>();
    model.put("filters", filters(request));
    model.put("selected", request.getParameters().getAll("camera"));
    model.put("cameraNames", reports.cameraNames());
    model.put("zones", reports.zones());
    model.put("legend", EmotionStyle.legend());
    try {
      Report report = reports.build(parse(request));
      model.put("report", view(report));
      model.put("error", "");
      return HttpResponse.ok(Page.of("reports", "reports", model));
    } catch (IllegalArgumentException e) {
      model.put("error", e.getMessage());
      return HttpResponse.badRequest(Page.of("reports", "reports", model));
    }
  }

  @Get(value = "/export.csv", produces = "text/csv")
  HttpResponse<?> csv(HttpRequest<?> request, Authentication who) {
    return export(request, who, "csv", report -> reports.csv(report).getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8");
  }

  @Get(value = "/export.pdf", produces = "application/pdf")
  HttpResponse<?> pdf(HttpRequest<?> request, Authentication who) {
    return export(request, who, "pdf", reports::pdf, "application/pdf");
  }

  private HttpResponse<?> export(
      HttpRequest<?> request, Authentication who, String format, Function<Report, byte[]> writer, String contentType) {
    ReportRequest parsed;
    try {
      parsed = parse(request);
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(e.getMessage()).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
    byte[] body = writer.apply(reports.build(parsed));
    audit.record(who.getName(), "report.export", parsed.describe(), format.toUpperCase(Locale.ROOT));
    String file = "emoticctv-report-" + parsed.fromDay() + "-to-" + parsed.toDay() + "." + format;
    return HttpResponse.ok(body)
        .contentType(contentType)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }

  private ReportRequest parse(HttpRequest<?> request) {
    return ReportRequest.parse(filters(request), request.getParameters().getAll("camera"), zone, LocalDate.now(clock.withZone(zone)));
  }

  private static Map<String, String> filters(HttpRequest<?> request) {
    Map<String, String> filters = new HashMap<>();
    for (String key : List.of("from", "to", "zone", "granularity")) {
      filters.put(key, request.getParameters().getFirst(key).orElse(""));
    }
    return filters;
  }

  /** What the page shows, formatted, and the chart's data as JSON. */
  private Map<String, Object> view(Report report) {
    Map<String, Object> view = new HashMap<>();
    view.put("description", report.request().describe());
    view.put("faces", report.total().faces());
    List<Map<String, Object>> totals = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      totals.add(Map.of("label", EmotionStyle.label(e), "color", EmotionStyle.color(e),
          "count", report.total().count(e), "percent", Percent.of(report.total().share(e))));
    }
    view.put("totals", totals);
    view.put("cameras", report.cameras().stream().map(c -> {
      Emotion dominant = c.tally().dominant();
      return Map.<String, Object>of("id", c.cameraId(), "name", c.name(), "faces", c.tally().faces(),
          "dominant", dominant == null ? "—" : EmotionStyle.label(dominant) + " " + Percent.of(c.tally().share(dominant)));
    }).toList());
    view.put("busiest", report.busiest().stream().map(b -> Map.<String, Object>of("start", time.dateTime(b.start()), "faces", b.tally().faces())).toList());
    view.put("alerts", report.alerts().stream().map(a -> Map.<String, Object>of(
        "opened", time.dateTime(a.openedAt()), "camera", a.cameraId(),
        "emotion", EmotionStyle.label(a.emotion().toLowerCase(Locale.ROOT)),
        "severity", a.severity(), "peak", Percent.of(a.peakShare()), "status", a.status())).toList());
    view.put("chart", chartJson(report));
    return view;
  }

  private String chartJson(Report report) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", report.series().stream().map(b -> time.dateTime(b.start())).toList());
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      datasets.add(Map.of("label", EmotionStyle.label(e), "color", EmotionStyle.color(e),
          "data", report.series().stream().map(b -> Math.round(b.tally().share(e) * 1000) / 10.0).toList()));
    }
    chart.put("datasets", datasets);
    try {
      return json.writeValueAsString(chart);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
