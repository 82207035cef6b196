package io.emoticctv.portal.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The login form. Micronaut Security's login endpoint handles its POST to the same path and
 * redirects back here with {@code ?error=true} when the email or password is wrong.
 */
@Controller("/login")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class LoginPageController {

  @Get
  HttpResponse<?> page(
      @Nullable Authentication authentication,
      @Nullable @QueryValue String error,
      @Nullable @QueryValue String logout,
      @Nullable @QueryValue String signedUp,
      @Nullable @QueryValue String reset,
      @Nullable @QueryValue String emailChanged) {
    if (authentication != null) {
      return HttpResponse.seeOther(URI.create("/cameras"));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("failed", error != null);
    model.put("loggedOut", logout != null);
    model.put(
        "notice",
        signedUp != null
            ? "Your account is created. Log in with your email and password."
            : reset != null
                ? "Your password is changed. Log in with the new one."
                : emailChanged != null ? "Your email is changed. Log in with the new one." : null);
    return HttpResponse.ok(new ModelAndView<>("login", model));
  }
}
