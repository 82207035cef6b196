package io.emoticctv.portal.audit;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.web.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admins read the audit trail, filtered, and export it as CSV (the export is audited too). */
@Hidden
@Controller("/admin/audit")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuditController {
  private final AuditTrail audit;
  private final DisplayTime time;
  private final ZoneId zone;
  private final Clock clock = Clock.systemUTC();

  AuditController(AuditTrail audit, DisplayTime time, PortalSettings settings) {
    this.audit = audit;
    this.time = time;
    this.zone = settings.displayTimeZone();
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String actor,
      @Nullable @QueryValue String action) {
    Map<String, String> params = params(from, to, actor, action);
    Map<String, Object> model = new HashMap<>();
    model.put("filters", params);
    model.put("actions", audit.actions());
    try {
      AuditQuery query = AuditQuery.parse(params, zone, clock.instant(), AuditQuery.PAGE_LIMIT);
      model.put("events", audit.search(query).stream().map(this::row).toList());
      model.put("limit", AuditQuery.PAGE_LIMIT);
      model.put("error", "");
      return HttpResponse.ok(Page.of("admin-audit", "admin", model));
    } catch (IllegalArgumentException e) {
      model.put("events", List.of());
      model.put("limit", AuditQuery.PAGE_LIMIT);
      model.put("error", e.getMessage());
      return HttpResponse.badRequest(Page.of("admin-audit", "admin", model));
    }
  }

  @Get(value = "/export.csv", produces = "text/csv")
  HttpResponse<?> export(
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String actor,
      @Nullable @QueryValue String action,
      Authentication who) {
    AuditQuery query;
    try {
      query = AuditQuery.parse(params(from, to, actor, action), zone, clock.instant(), AuditQuery.EXPORT_LIMIT);
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(e.getMessage()).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
    List<AuditEvent> events = audit.search(query);
    audit.record(who.getName(), "audit.export", "audit_events",
        events.size() + " events, " + query.from() + " to " + query.to()
            + (query.actor().isEmpty() ? "" : ", actor " + query.actor())
            + (query.action().isEmpty() ? "" : ", action " + query.action()));
    StringBuilder csv = new StringBuilder(Csv.line(List.of("time", "actor", "action", "target", "detail")));
    for (AuditEvent e : events) {
      csv.append(Csv.line(List.of(e.at().toString(), e.actor(), e.action(), e.target(), e.detail())));
    }
    return HttpResponse.ok(csv.toString())
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
  }

  private Map<String, Object> row(AuditEvent e) {
    return Map.of("at", time.dateTime(e.at()), "actor", e.actor(), "action", e.action(), "target", e.target(), "detail", e.detail());
  }

  private static Map<String, String> params(String from, String to, String actor, String action) {
    Map<String, String> params = new HashMap<>();
    params.put("from", from == null ? "" : from);
    params.put("to", to == null ? "" : to);
    params.put("actor", actor == null ? "" : actor);
    params.put("action", action == null ? "" : action);
    return params;
  }
}
