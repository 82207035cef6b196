package io.emoticctv.portal.reports;

import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.api.ApiCalls;
import io.emoticctv.portal.api.ApiScope;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The reports page's data as JSON, and its CSV and PDF downloads (audited as exports), through
 * {@link ReportService} as the page goes. Everyone signed in, read scope.
 */
@Controller("/api/v1/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports")
final class ReportsApiController {
  private final ReportService reports;
  private final ZoneId zone;
  private final Clock clock = Clock.systemUTC();

  ReportsApiController(ReportService reports, PortalSettings settings) {
    this.reports = reports;
    this.zone = settings.displayTimeZone();
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "A report: totals, series per bucket, cameras compared, busiest buckets, alerts (read scope)")
  @Parameter(name = "from", in = ParameterIn.QUERY, description = "first day, e.g. 2026-11-01 (default: a week before to)")
  @Parameter(name = "to", in = ParameterIn.QUERY, description = "last day, inclusive (default: today)")
  @Parameter(name = "granularity", in = ParameterIn.QUERY, description = "minute (2 days at most), hour (92) or day (731); default hour")
  @Parameter(name = "camera", in = ParameterIn.QUERY, description = "a camera id, repeated per camera (default: all, at most 50)")
  @Parameter(name = "zone", in = ParameterIn.QUERY, description = "only the cameras of this zone")
  HttpResponse<?> report(HttpRequest<?> request, Authentication who) {
    return parsed(request, who, r -> HttpResponse.ok(ReportJson.of(reports.build(r))));
  }

  @Get(value = "/csv", produces = {"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "The report's series as CSV, one line per bucket; the query of GET /api/v1/reports (read scope; audited)")
  HttpResponse<?> csv(HttpRequest<?> request, Authentication who) {
    return parsed(request, who, r -> ReportsController.download(reports.export(r, false, who.getName())));
  }

  @Get(value = "/pdf", produces = {"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The report as PDF, charts included; the query of GET /api/v1/reports (read scope; audited)")
  HttpResponse<?> pdf(HttpRequest<?> request, Authentication who) {
    return parsed(request, who, r -> ReportsController.download(reports.export(r, true, who.getName())));
  }

  private HttpResponse<?> parsed(HttpRequest<?> request, Authentication who, Function<ReportRequest, HttpResponse<?>> answer) {
    return ApiCalls.scoped(who, ApiScope.READ, () -> {
      ReportRequest parsed;
      try {
        parsed = ReportRequest.fromQuery(request.getParameters(), zone, LocalDate.now(clock.withZone(zone)));
      } catch (IllegalArgumentException e) {
        return ApiCalls.error(HttpStatus.BAD_REQUEST, e.getMessage());
      }
      return answer.apply(parsed);
    });
  }
}
