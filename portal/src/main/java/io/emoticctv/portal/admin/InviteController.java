package io.emoticctv.portal.admin;

import io.emoticctv.portal.web.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;

/** Where an invitation's link leads: the invited user sets their password, once. */
@Hidden
@Controller("/invite/{token}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class InviteController {
  private final Invitations invitations;

  InviteController(Invitations invitations) {
    this.invitations = invitations;
  }

  @Get
  HttpResponse<?> form(String token) {
    if (!Invitations.wellFormed(token)) {
      return unknown();
    }
    return HttpResponse.ok(Page.of("invite", "login", Map.of("token", token, "error", "")));
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> accept(String token, @Body Map<String, String> form) {
    try {
      if (!invitations.accept(token, form.get("password"), form.get("confirmation"))) {
        return unknown();
      }
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(Page.of("invite", "login", Map.of("token", token, "error", e.getMessage())));
    }
    return HttpResponse.seeOther(URI.create("/login"));
  }

  private static HttpResponse<?> unknown() {
    return HttpResponse.notFound(Page.notFound("login", "This invitation link is unknown, used already or expired. Ask an admin for a new one."));
  }
}
