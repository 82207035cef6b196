package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.PortalSettings;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
  private final DisplayTime time;
  private final ZoneId zone;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  ReportsController(ReportService reports, DisplayTime time, PortalSettings settings, JsonMapper json) {
    this.reports = reports;
    this.time = time;
    this.zone = settings.displayTimeZone();
    this.json = json;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request) {
    Map<String, Object> model = new HashMap<>();
    model.put("filters", ReportRequest.filters(request.getParameters()));
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
    return export(request, who, false);
  }

  @Get(value = "/export.pdf", produces = "application/pdf")
  HttpResponse<?> pdf(HttpRequest<?> request, Authentication who) {
    return export(request, who, true);
  }

  private HttpResponse<?> export(HttpRequest<?> request, Authentication who, boolean pdf) {
    ReportRequest parsed;
    try {
      parsed = parse(request);
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(e.getMessage()).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
    return download(reports.export(parsed, pdf, who.getName()));
  }

  /** The file as an attachment. */
  static HttpResponse<?> download(ReportService.Export file) {
    return HttpResponse.ok(file.content())
        .contentType(file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
  }

  private ReportRequest parse(HttpRequest<?> request) {
    return ReportRequest.fromQuery(request.getParameters(), zone, LocalDate.now(clock.withZone(zone)));
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
    view.put("groups", report.groups().stream().map(g -> Map.<String, Object>of("key", g.key(), "label", g.describe(),
        "count", report.total().count(g.members()), "percent", Percent.of(report.total().share(g.members())))).toList());
    view.put("cameras", report.cameras().stream().map(c -> {
      Emotion dominant = c.tally().dominant();
      return Map.<String, Object>of("id", c.cameraId(), "name", c.name(), "faces", c.tally().faces(),
          "shares", Arrays.stream(Emotion.values()).map(e -> Percent.of(c.tally().share(e))).toList(),
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
