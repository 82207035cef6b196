package io.emoticctv.portal.users;

import io.emoticctv.contracts.Severity;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every user's own settings: name, phone, email, which alerts and outages are emailed to them and
 * their quiet hours, password, and whether two-factor login is on ({@link TwoFactorController}
 * manages it). A changed email ends the session (the session knows the user by email), so the
 * user logs in again with the new one.
 */
@Controller("/profile")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProfileController {
  private final AccountService accounts;
  private final TwoFactorService twoFactor;

  ProfileController(AccountService accounts, TwoFactorService twoFactor) {
    this.accounts = accounts;
    this.twoFactor = twoFactor;
  }

  @Get
  HttpResponse<?> show(Authentication who, @Nullable @QueryValue String saved) {
    return accounts
        .find(who.getName())
        .<HttpResponse<?>>map(
            user -> HttpResponse.ok(page(user, ProfileForm.values(user), Map.of(), saved == null ? "" : saved)))
        .orElseGet(ProfileController::gone);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> save(Authentication who, Session session, @Body Map<String, String> submitted) {
    UserAccount user = accounts.find(who.getName()).orElse(null);
    if (user == null) {
      return gone();
    }
    ProfileForm.Checked checked = ProfileForm.check(submitted, false);
    if (!checked.ok()) {
      return HttpResponse.badRequest(page(user, checked.values(), checked.errors(), ""));
    }
    if (!accounts.updateProfile(user, checked.profile())) {
      return HttpResponse.status(HttpStatus.CONFLICT)
          .body(page(user, checked.values(), Map.of(ProfileForm.EMAIL, "Another account has this email."), ""));
    }
    if (!checked.profile().email().equals(user.email())) {
      session.clear(); // drops the authentication: the user logs in again
      return HttpResponse.seeOther(URI.create("/login?emailChanged=true"));
    }
    return HttpResponse.seeOther(URI.create("/profile?saved=profile"));
  }

  @Post("/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> changePassword(Authentication who, @Body Map<String, String> submitted) {
    UserAccount user = accounts.find(who.getName()).orElse(null);
    if (user == null) {
      return gone();
    }
    String password = Objects.toString(submitted.get(ProfileForm.PASSWORD), "");
    String problem = ProfileForm.passwordProblem(password, Objects.toString(submitted.get(ProfileForm.CONFIRM), ""));
    if (problem == null
        && !accounts.changePassword(user, Objects.toString(submitted.get("current"), ""), password)) {
      problem = "The current password is wrong.";
    }
    if (problem != null) {
      return HttpResponse.badRequest(page(user, ProfileForm.values(user), Map.of(ProfileForm.PASSWORD, problem), ""));
    }
    return HttpResponse.seeOther(URI.create("/profile?saved=password"));
  }

  private ModelAndView<Map<String, Object>> page(
      UserAccount user, Map<String, String> values, Map<String, String> errors, String saved) {
    Map<String, Object> model = new HashMap<>();
    model.put("twoFactor", twoFactor.status(user));
    model.put("severities", Arrays.stream(Severity.values()).map(Enum::name).toList());
    model.put("form", values);
    model.put("errors", errors);
    model.put("saved", saved);
    return Page.of("profile", "profile", model);
  }

  private static HttpResponse<?> gone() {
    return HttpResponse.notFound(Page.notFound("profile", "Your account no longer exists."));
  }
}
