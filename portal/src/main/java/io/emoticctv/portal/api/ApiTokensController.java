package io.emoticctv.portal.api;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.security.TokenHash;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.web.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each user's personal API tokens: created with a name and scopes (shown once, stored hashed),
 * listed, revoked. A token can only get the scopes its user's role allows.
 */
@Hidden
@Controller("/api/tokens")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ApiTokensController {
  private final ApiTokenRepository tokens;
  private final AuditTrail audit;
  private final DisplayTime time;
  private final Clock clock = Clock.systemUTC();

  ApiTokensController(ApiTokenRepository tokens, AuditTrail audit, DisplayTime time) {
    this.tokens = tokens;
    this.audit = audit;
    this.time = time;
  }

  @Get
  ModelAndView<Map<String, Object>> page(Authentication who) {
    return view(who, "", "");
  }

  /** The form: {@code name}, and a checkbox per scope named by its key ({@code read=true}). */
  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(@Body Map<String, String> form, Authentication who) {
    String name = form.getOrDefault("name", "").strip();
    if (name.isEmpty() || name.length() > 100) {
      return HttpResponse.badRequest(view(who, "", "Give the token a name of 1 to 100 characters."));
    }
    Role role = Role.valueOf(who.getRoles().iterator().next());
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    for (ApiScope scope : ApiScope.values()) {
      if (!"true".equals(form.get(scope.key()))) {
        continue;
      }
      if (!scope.allowedFor(role)) {
        return HttpResponse.badRequest(view(who, "", "Your role " + role + " cannot hold the " + scope.key() + " scope."));
      }
      scopes.add(scope);
    }
    if (scopes.isEmpty()) {
      return HttpResponse.badRequest(view(who, "", "Choose at least one scope."));
    }
    String token = ApiTokens.generate();
    tokens.create(who.getName(), name, TokenHash.sha256Hex(token), ApiTokens.displayPrefix(token), scopes, clock.instant());
    audit.record(who.getName(), "token.create", name, scopes.toString());
    // Rendered, not redirected: the token must not end up in a URL or the browser history.
    return HttpResponse.ok(view(who, token, ""));
  }

  @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> revoke(long id, Authentication who) {
    if (!tokens.revoke(id, who.getName(), clock.instant())) {
      return HttpResponse.notFound(view(who, "", "You have no active token with that id."));
    }
    audit.record(who.getName(), "token.revoke", "token " + id, "");
    return HttpResponse.seeOther(URI.create("/api/tokens"));
  }

  private ModelAndView<Map<String, Object>> view(Authentication who, String createdToken, String error) {
    Role role = Role.valueOf(who.getRoles().iterator().next());
    Map<String, Object> model = new HashMap<>();
    model.put("tokens", tokens.list(who.getName()).stream().map(t -> Map.of(
        "id", t.id(), "name", t.name(), "prefix", t.prefix(), "scopes", String.join(", ", t.scopes()),
        "created", time.dateTime(t.createdAt()), "lastUsed", time.dateTime(t.lastUsedAt()),
        "revoked", t.revokedAt() != null)).toList());
    model.put("scopes", EnumSet.allOf(ApiScope.class).stream().filter(s -> s.allowedFor(role)).map(ApiScope::key).toList());
    model.put("createdToken", createdToken);
    model.put("error", error);
    return Page.of("api-tokens", "api", model);
  }
}
