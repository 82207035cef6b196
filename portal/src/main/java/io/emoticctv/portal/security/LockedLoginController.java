package io.emoticctv.portal.security;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.Map;

/** Says that logging in is blocked and until when (429), where {@link LoginGuardFilter} sends. */
@Hidden
@Controller(LockedLoginController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class LockedLoginController {
  static final String PATH = "/login/locked";

  private final DisplayTime time;

  LockedLoginController(DisplayTime time) {
    this.time = time;
  }

  @Get
  HttpResponse<?> page(@Nullable @QueryValue Long until) {
    String shown = until == null ? "a while" : time.dateTime(Instant.ofEpochSecond(until));
    return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(Page.of("login-locked", "login", Map.of("until", shown)));
  }
}
