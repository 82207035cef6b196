package io.emoticctv.portal.users;

import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.security.LoginAttempts;
import io.emoticctv.portal.security.PendingSecondFactor;
import io.emoticctv.portal.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The second step of a login with two-factor login on: asks for the authenticator app's code or
 * a recovery code. A wrong code counts towards the login lockout and goes to the audit trail; a
 * right one signs the session in (into a new session, like a password login).
 */
@Hidden
@Controller(PendingSecondFactor.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SecondFactorController {
  private final UserRepository users;
  private final TwoFactorService twoFactor;
  private final LoginAttempts attempts;
  private final AuditTrail audit;
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
  private final Clock clock = Clock.systemUTC();

  SecondFactorController(
      UserRepository users,
      TwoFactorService twoFactor,
      LoginAttempts attempts,
      AuditTrail audit,
      LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler) {
    this.users = users;
    this.twoFactor = twoFactor;
    this.attempts = attempts;
    this.audit = audit;
    this.loginHandler = loginHandler;
  }

  @Get
  HttpResponse<?> page(@Nullable Session session) {
    return pending(session).isPresent() ? HttpResponse.ok(form("")) : HttpResponse.seeOther(URI.create("/login"));
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> verify(@Nullable Session session, @Body Map<String, String> submitted, HttpRequest<?> request) {
    Optional<PendingSecondFactor> pending = pending(session);
    if (pending.isEmpty()) {
      return HttpResponse.seeOther(URI.create("/login"));
    }
    String email = pending.get().authentication().getName();
    String address = LoginAttempts.address(request);
    Optional<Instant> locked = attempts.lockedUntil(email, request);
    if (locked.isPresent()) {
      session.remove(PendingSecondFactor.SESSION_ATTRIBUTE);
      return LoginAttempts.lockedPage(locked.get());
    }
    Optional<TwoFactorService.Proof> proof =
        users.findByEmail(email).flatMap(user -> twoFactor.verify(user.id(), submitted.get("code")));
    if (proof.isEmpty()) {
      Optional<Instant> lockedNow = attempts.recordFailure(email, request, "login.2fa-failure");
      if (lockedNow.isPresent()) {
        session.remove(PendingSecondFactor.SESSION_ATTRIBUTE);
        return LoginAttempts.lockedPage(lockedNow.get());
      }
      return HttpResponse.badRequest(form("That code is not right. Type the 6 digits your app shows now, or a recovery code."));
    }
    attempts.succeeded(email);
    audit.record(email, "login.success", email, "from " + address + " with " + (proof.get() == TwoFactorService.Proof.APP_CODE ? "an app code" : "a recovery code"));
    session.remove(PendingSecondFactor.SESSION_ATTRIBUTE);
    return loginHandler.loginSuccess(pending.get().completed(), request);
  }

  private Optional<PendingSecondFactor> pending(@Nullable Session session) {
    if (session == null) {
      return Optional.empty();
    }
    return session
        .get(PendingSecondFactor.SESSION_ATTRIBUTE, PendingSecondFactor.class)
        .filter(p -> !p.expired(clock.instant()));
  }

  private static ModelAndView<Map<String, Object>> form(String error) {
    return Page.of("login-2fa", "login", Map.of("error", error));
  }
}
