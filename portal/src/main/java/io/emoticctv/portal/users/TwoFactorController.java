package io.emoticctv.portal.users;

import io.emoticctv.portal.security.LoginAttempts;
import io.emoticctv.portal.twofactor.TotpEnrolment;
import io.emoticctv.portal.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user's own two-factor login: set it up (secret and QR code for an authenticator app,
 * confirmed with a first code, then recovery codes shown once) and switch it off (password and
 * code; wrong ones count towards the login lockout like wrong logins do).
 */
@Hidden
@Controller("/profile/2fa")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TwoFactorController {
  private final AccountService accounts;
  private final TwoFactorService twoFactor;
  private final LoginAttempts attempts;

  TwoFactorController(AccountService accounts, TwoFactorService twoFactor, LoginAttempts attempts) {
    this.accounts = accounts;
    this.twoFactor = twoFactor;
    this.attempts = attempts;
  }

  @Get
  HttpResponse<?> show(Authentication who) {
    return withUser(who, user -> HttpResponse.ok(page(user, twoFactor.awaitedSetup(user).orElse(null), "", List.of())));
  }

  @Post("/setup")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> setup(Authentication who) {
    return withUser(
        who,
        user -> {
          twoFactor.startSetup(user);
          return HttpResponse.seeOther(URI.create("/profile/2fa"));
        });
  }

  @Post("/enable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> enable(Authentication who, @Body Map<String, String> form) {
    return withUser(
        who,
        user -> {
          Optional<TotpEnrolment> awaited = twoFactor.awaitedSetup(user);
          if (awaited.isEmpty()) {
            return HttpResponse.badRequest(
                Page.notFound("profile", "No two-factor setup is waiting for a code. Start one from your settings."));
          }
          Optional<List<String>> codes = twoFactor.confirm(user, form.get("code"));
          if (codes.isEmpty()) {
            return HttpResponse.badRequest(
                page(user, awaited.get(), "That code is not right. Type the 6 digits your app shows now.", List.of()));
          }
          return HttpResponse.ok(page(user, null, "", codes.get()));
        });
  }

  @Post("/disable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> disable(Authentication who, @Body Map<String, String> form, HttpRequest<?> request) {
    return withUser(
        who,
        user -> {
          Optional<Instant> locked = attempts.lockedUntil(user.email(), request);
          if (locked.isPresent()) {
            return LoginAttempts.lockedPage(locked.get());
          }
          if (!twoFactor.disable(user, form.getOrDefault("password", ""), form.get("code"))) {
            attempts.recordFailure(user.email(), request, "2fa.disable-failure");
            return HttpResponse.badRequest(
                page(user, null, "The password or the code is wrong; two-factor login stays on.", List.of()));
          }
          return HttpResponse.seeOther(URI.create("/profile?saved=2fa-off"));
        });
  }

  private HttpResponse<?> withUser(Authentication who, Function<UserAccount, HttpResponse<?>> action) {
    return accounts
        .find(who.getName())
        .map(action)
        .orElseGet(() -> HttpResponse.notFound(Page.notFound("profile", "Your account no longer exists.")));
  }

  /**
   * @param setup the setup awaiting its first code, or null
   * @param recoveryCodes the codes just issued, shown this once; empty otherwise
   */
  private ModelAndView<Map<String, Object>> page(
      UserAccount user, @Nullable TotpEnrolment setup, String error, List<String> recoveryCodes) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", twoFactor.status(user));
    model.put("setup", setup);
    model.put("error", error);
    model.put("recoveryCodes", recoveryCodes);
    return Page.of("profile-2fa", "profile", model);
  }
}
