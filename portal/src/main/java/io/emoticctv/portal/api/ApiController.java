package io.emoticctv.portal.api;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.audit.AuditEvent;
import io.emoticctv.portal.audit.AuditQuery;
import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON API's reads of cameras, alerts, aggregates (windows, minutes, hours) and the audit
 * trail (admin scope); the writes live beside the pages they mirror ({@code CamerasApiController},
 * {@code RulesApiController}, ...). Every call needs a personal token with the route's scope, or a
 * session.
 */
@OpenAPIDefinition(
    info = @Info(title = "EmotiCCTV portal API", version = "1",
        description = "JSON for everything the portal's pages do: cameras, rules, alerts, aggregates, reports,"
            + " issues and the audit trail. Send a personal token (API page) as Authorization: Bearer; each"
            + " call needs the scope it names (read, write, admin or issues), and the token's user the role the page"
            + " needs. Bad input is answered 400 with {\"error\": ...} and nothing stored."),
    security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ApiController {
  static final int MAX_ROWS = 10_000;

  private final ApiRepository data;
  private final AuditTrail audit;

  ApiController(ApiRepository data, AuditTrail audit) {
    this.data = data;
    this.audit = audit;
  }

  /** Every camera: id, name, location, zone, enabled (read scope). */
  @Get("/cameras")
  HttpResponse<?> cameras(Authentication who) {
    return scoped(who, ApiScope.READ, data::cameras);
  }

  /** The newest alerts, {@code limit} (1..1000, default 100) of them (read scope). */
  @Get("/alerts")
  HttpResponse<?> alerts(@Nullable @QueryValue Integer limit, Authentication who) {
    int rows = limit == null ? 100 : limit;
    if (rows < 1 || rows > 1000) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000");
    }
    return scoped(who, ApiScope.READ, () -> data.alerts(rows));
  }

  /**
   * @param granularity {@code window} (10 s, as the job wrote them), {@code minute} or {@code hour}
   * @param from ISO-8601 instant, inclusive; {@code to} exclusive; at most 31 days apart
   * @return one row per bucket: start, faces and face counts per emotion, in the order of /emotions
   *     (read scope)
   */
  @Get("/aggregates")
  HttpResponse<?> aggregates(
      @QueryValue String camera,
      @QueryValue String granularity,
      @QueryValue String from,
      @QueryValue String to,
      Authentication who) {
    String table =
        switch (granularity) {
          case "window" -> "emotion_windows";
          case "minute" -> "emotion_minutes";
          case "hour" -> "emotion_hours";
          default -> null;
        };
    if (table == null) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "granularity must be window, minute or hour");
    }
    Instant start;
    Instant end;
    try {
      start = Instant.parse(from);
      end = Instant.parse(to);
    } catch (DateTimeParseException e) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "from and to must be ISO-8601 instants such as 2026-11-25T10:00:00Z");
    }
    if (!end.isAfter(start) || Duration.between(start, end).compareTo(Duration.ofDays(31)) > 0) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "to must be after from, by at most 31 days");
    }
    return scoped(who, ApiScope.READ, () -> data.aggregates(table, camera, start, end, MAX_ROWS));
  }

  /** The audit trail of the last {@code days} (1..366, default 7) days (admin scope; audited). */
  @Get("/audit")
  HttpResponse<?> auditTrail(@Nullable @QueryValue Integer days, Authentication who) {
    int span = days == null ? 7 : days;
    if (span < 1 || span > 366) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "days must be between 1 and 366");
    }
    return scoped(who, ApiScope.ADMIN, () -> {
      Instant now = Instant.now();
      List<AuditEvent> events = audit.search(new AuditQuery(now.minus(Duration.ofDays(span)), now, "", "", MAX_ROWS));
      audit.record(who.getName(), "audit.export", "audit_events", events.size() + " events over the API");
      return events.stream().map(e -> Map.of("at", e.at().toString(), "actor", e.actor(), "action", e.action(),
          "target", e.target(), "detail", e.detail())).toList();
    });
  }

  /** The emotion keys in the order of every count and share list the API returns. */
  @Get("/emotions")
  HttpResponse<?> emotions(Authentication who) {
    return scoped(who, ApiScope.READ, () -> Arrays.stream(Emotion.values()).map(Emotion::key).toList());
  }

  private static HttpResponse<?> scoped(Authentication who, ApiScope scope, Supplier<?> body) {
    return ApiCalls.scoped(who, scope, () -> HttpResponse.ok(body.get()));
  }
}
