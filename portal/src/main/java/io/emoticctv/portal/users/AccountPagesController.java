package io.emoticctv.portal.users;

import io.emoticctv.portal.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Pages for visitors who are not logged in: sign-up, password recovery and the reset link. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccountPagesController {
  private final AccountService accounts;

  AccountPagesController(AccountService accounts) {
    this.accounts = accounts;
  }

  @Get("/signup")
  HttpResponse<?> signUpForm() {
    if (!accounts.signUpAllowed()) {
      return signUpClosed();
    }
    return HttpResponse.ok(signUpPage(Map.of(), Map.of()));
  }

  @Post("/signup")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> signUp(@Body Map<String, String> submitted) {
    if (!accounts.signUpAllowed()) {
      return signUpClosed();
    }
    ProfileForm.Checked checked = ProfileForm.check(submitted, true);
    if (!checked.ok()) {
      return HttpResponse.badRequest(signUpPage(checked.values(), checked.errors()));
    }
    if (!accounts.signUp(checked.profile(), submitted.get(ProfileForm.PASSWORD))) {
      return HttpResponse.status(HttpStatus.CONFLICT)
          .body(
              signUpPage(
                  checked.values(),
                  Map.of(ProfileForm.EMAIL, "This email has an account already. Log in, or recover its password.")));
    }
    return HttpResponse.seeOther(URI.create("/login?signedUp=true"));
  }

  @Get("/recover")
  ModelAndView<Map<String, Object>> recoverForm() {
    return Page.of("recover", "account", Map.of("sent", false));
  }

  @Post("/recover")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  ModelAndView<Map<String, Object>> recover(@Body Map<String, String> submitted) {
    accounts.sendRecoveryLink(Objects.toString(submitted.get(ProfileForm.EMAIL), ""));
    return Page.of("recover", "account", Map.of("sent", true));
  }

  @Get("/reset")
  HttpResponse<?> resetForm(@Nullable @QueryValue String token) {
    if (token == null || !accounts.resetLinkUsable(token)) {
      return linkDead();
    }
    return HttpResponse.ok(resetPage(token, null));
  }

  @Post("/reset")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> reset(@Body Map<String, String> submitted) {
    String token = Objects.toString(submitted.get("token"), "");
    String password = Objects.toString(submitted.get(ProfileForm.PASSWORD), "");
    String problem = ProfileForm.passwordProblem(password, Objects.toString(submitted.get(ProfileForm.CONFIRM), ""));
    if (problem != null) {
      return HttpResponse.badRequest(resetPage(token, problem));
    }
    if (!accounts.resetPassword(token, password)) {
      return linkDead();
    }
    return HttpResponse.seeOther(URI.create("/login?reset=true"));
  }

  private static ModelAndView<Map<String, Object>> signUpPage(Map<String, String> values, Map<String, String> errors) {
    return Page.of("signup", "account", Map.of("form", values, "errors", errors));
  }

  private static ModelAndView<Map<String, Object>> resetPage(String token, @Nullable String problem) {
    Map<String, Object> model = new HashMap<>();
    model.put("token", token);
    model.put("problem", problem == null ? "" : problem);
    return Page.of("reset", "account", model);
  }

  private static HttpResponse<?> linkDead() {
    return HttpResponse.status(HttpStatus.GONE)
        .body(
            Page.notFound(
                "account",
                "This password recovery link no longer works: it was used already or it expired."
                    + " Ask for a new one on the login page."));
  }

  private static HttpResponse<?> signUpClosed() {
    return HttpResponse.notFound(
        Page.notFound("account", "This portal does not take sign-ups. Ask an administrator for an account."));
  }
}
