package io.emoticctv.portal.alerts;

import io.emoticctv.portal.web.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/** The alert list and single alerts (the page alert emails link to). */
@Controller("/alerts")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AlertsController {
  private final AlertService alerts;

  AlertsController(AlertService alerts) {
    this.alerts = alerts;
  }

  @Get
  ModelAndView<Map<String, Object>> list() {
    return Page.of(
        "alerts", "alerts", Map.of("alerts", alerts.newest(), "limit", AlertService.LIST_SIZE));
  }

  @Get("/view")
  HttpResponse<ModelAndView<Map<String, Object>>> view(@QueryValue String id) {
    return alerts
        .find(id)
        .map(shown -> HttpResponse.ok(
            Page.of("alert", "alerts", Map.<String, Object>of("alert", shown.alert(), "handling", shown.handling()))))
        .orElseGet(
            () ->
                HttpResponse.notFound(
                    Page.notFound(
                        "alerts",
                        "Alert " + id + " is not stored yet. Alerts reach this page a few seconds"
                            + " after their email; try again shortly.")));
  }
}
