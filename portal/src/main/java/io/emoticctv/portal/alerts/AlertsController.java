package io.emoticctv.portal.alerts;

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
import java.util.HashMap;
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
    Map<String, Object> model = new HashMap<>();
    model.put("alerts", alerts.newest());
    model.put("limit", AlertService.LIST_SIZE);
    model.put("page", "alerts");
    return new ModelAndView<>("alerts", model);
  }

  @Get("/view")
  HttpResponse<ModelAndView<Map<String, Object>>> view(@QueryValue String id) {
    Map<String, Object> model = new HashMap<>();
    model.put("page", "alerts");
    return alerts
        .find(id)
        .map(
            alert -> {
              model.put("alert", alert);
              return HttpResponse.ok(new ModelAndView<>("alert", model));
            })
        .orElseGet(
            () -> {
              model.put(
                  "message",
                  "Alert " + id + " is not stored yet. Alerts reach this page a few seconds"
                      + " after their email; try again shortly.");
              return HttpResponse.notFound(new ModelAndView<>("not-found", model));
            });
  }
}
