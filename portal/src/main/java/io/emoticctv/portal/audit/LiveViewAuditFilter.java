package io.emoticctv.portal.audit;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records each opening of a live view as {@code live.view}: a camera's page ({@code GET
 * /cameras/{id}}, target the camera id) or the live wall ({@code GET /live}, target {@code wall}).
 */
@ServerFilter(value = {"/cameras/*", "/live"}, methods = HttpMethod.GET)
final class LiveViewAuditFilter {
  private static final Pattern DASHBOARD = Pattern.compile("/cameras/(?!new$|map$|probe$)([^/]+)");

  private final AuditTrail audit;

  LiveViewAuditFilter(AuditTrail audit) {
    this.audit = audit;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void opened(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.getStatus() != HttpStatus.OK) {
      return;
    }
    Matcher dashboard = DASHBOARD.matcher(request.getPath());
    String target = dashboard.matches() ? dashboard.group(1) : request.getPath().equals("/live") ? "wall" : null;
    if (target != null) {
      request.getUserPrincipal().map(Principal::getName).ifPresent(who -> audit.record(who, "live.view", target, ""));
    }
  }
}
