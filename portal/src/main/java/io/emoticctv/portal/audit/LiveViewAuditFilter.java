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
import java.util.regex.Pattern;

/** Records each opening of a camera's live dashboard ({@code GET /cameras/{id}}) as {@code live.view}. */
@ServerFilter(value = "/cameras/*", methods = HttpMethod.GET)
final class LiveViewAuditFilter {
  private static final Pattern DASHBOARD = Pattern.compile("/cameras/(?!new$)[^/]+");

  private final AuditTrail audit;

  LiveViewAuditFilter(AuditTrail audit) {
    this.audit = audit;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void opened(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.getStatus() == HttpStatus.OK && DASHBOARD.matcher(request.getPath()).matches()) {
      request
          .getUserPrincipal()
          .map(Principal::getName)
          .ifPresent(who -> audit.record(who, "live.view", request.getPath().substring("/cameras/".length()), ""));
    }
  }
}
