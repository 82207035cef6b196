package io.emoticctv.portal.alarms;

import io.emoticctv.portal.api.ApiCalls;
import io.emoticctv.portal.api.ApiScope;
import io.emoticctv.portal.users.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The alarm console's actions as JSON, through {@link AlarmService} as the console's buttons go:
 * acknowledge, assign, resolve, resolve as a false alarm. Operators and admins, write scope.
 * Answers the alert's status; 404 for an alert not stored (yet), 409 when it was handled already.
 */
@Controller("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Secured({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "alerts")
final class AlertsApiController {
  private final AlarmService alarms;

  AlertsApiController(AlarmService alarms) {
    this.alarms = alarms;
  }

  /**
   * What an action names (alert ids hold slashes, so they travel in the body, as in the console's forms).
   *
   * @param userId assign only: the operator or admin to assign to, null to unassign
   * @param comment resolve and false-alarm only, optional
   */
  @Serdeable
  record AlertAction(@Nullable String alertId, @Nullable Long userId, @Nullable String comment) {}

  @Post("/acknowledge")
  @Operation(summary = "Acknowledges an open alert: {\"alertId\": ...} (write scope, operator or admin role)")
  HttpResponse<?> acknowledge(@Body AlertAction action, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> act(action, () -> alarms.acknowledge(action.alertId(), who.getName())));
  }

  @Post("/assign")
  @Operation(summary = "Assigns an unresolved alert: {\"alertId\": ..., \"userId\": an operator's or admin's id, or null"
      + " to unassign} (write scope, operator or admin role)")
  HttpResponse<?> assign(@Body AlertAction action, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> {
      Long userId = action.userId();
      if (userId != null && alarms.assignees().stream().noneMatch(u -> u.id().equals(userId))) {
        return ApiCalls.error(HttpStatus.BAD_REQUEST, "user " + userId + " is not an enabled operator or admin");
      }
      return act(action, () -> alarms.assign(action.alertId(), userId, who.getName()));
    });
  }

  @Post("/resolve")
  @Operation(summary = "Resolves an alert as handled: {\"alertId\": ..., \"comment\": optional} (write scope, operator or admin role)")
  HttpResponse<?> resolve(@Body AlertAction action, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> resolve(action, false, who));
  }

  @Post("/false-alarm")
  @Operation(summary = "Resolves an alert as a false alarm: {\"alertId\": ..., \"comment\": optional} (write scope, operator or admin role)")
  HttpResponse<?> falseAlarm(@Body AlertAction action, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> resolve(action, true, who));
  }

  private HttpResponse<?> resolve(AlertAction action, boolean falseAlarm, Authentication who) {
    String comment = action.comment() == null ? "" : action.comment();
    if (comment.strip().length() > AlarmService.MAX_COMMENT) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "the comment may have at most " + AlarmService.MAX_COMMENT + " characters");
    }
    return act(action, () -> alarms.resolve(action.alertId(), who.getName(), falseAlarm, comment));
  }

  private HttpResponse<?> act(AlertAction action, BooleanSupplier change) {
    String alertId = action.alertId();
    if (alertId == null || alertId.isBlank()) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, "name the alert: {\"alertId\": ...}");
    }
    if (alarms.find(alertId).isEmpty()) {
      return ApiCalls.error(HttpStatus.NOT_FOUND, "there is no stored alert with the id " + alertId);
    }
    if (!change.getAsBoolean()) {
      return ApiCalls.error(HttpStatus.CONFLICT, "nothing changed: the alert was handled already");
    }
    ConsoleAlert alert = alarms.find(alertId).orElseThrow();
    return HttpResponse.ok(Map.of("alertId", alertId, "status", alert.status(), "falseAlarm", alert.falseAlarm()));
  }
}
