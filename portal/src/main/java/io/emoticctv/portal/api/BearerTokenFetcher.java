package io.emoticctv.portal.api;

import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.security.TokenHash;
import io.emoticctv.portal.web.SignedInUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signs in API calls by their personal token ({@code Authorization: Bearer ecc_…}): the token's
 * user, with their role, the token's scopes in the attribute {@value #SCOPES} and its name in
 * {@value AuditTrail#API_TOKEN_ATTRIBUTE}, so audited changes say they came through the API.
 *
 * <p>Tokens open the JSON API under {@value #API_PATH} only, where every route checks the token's
 * scopes. Elsewhere (the pages and their form posts, which know no scopes) a token signs in nobody:
 * otherwise an admin's read-only token could, say, delete users through the admin forms.
 */
@Singleton
final class BearerTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {
  static final String SCOPES = "scopes";
  static final String API_PATH = "/api/v1/";

  private final ApiTokenRepository tokens;
  private final ExecutorService blocking;
  private final Clock clock = Clock.systemUTC();

  BearerTokenFetcher(ApiTokenRepository tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.tokens = tokens;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    String header = request.getHeaders().getAuthorization().orElse("");
    if (!header.startsWith("Bearer ") || !request.getUri().normalize().getPath().startsWith(API_PATH)) {
      return Mono.empty();
    }
    String token = header.substring("Bearer ".length()).strip();
    if (!ApiTokens.wellFormed(token)) {
      return Mono.empty();
    }
    return Mono.fromCallable(() -> tokens.use(TokenHash.sha256Hex(token), clock.instant()))
        .subscribeOn(Schedulers.fromExecutor(blocking))
        .flatMap(holder -> holder.map(h -> Mono.just(Authentication.build(
            h.email(), List.of(h.role()),
            Map.of(SignedInUser.DISPLAY_NAME_ATTRIBUTE, h.displayName(),
                SCOPES, h.scopes().stream().map(ApiScope::key).collect(Collectors.toList()),
                AuditTrail.API_TOKEN_ATTRIBUTE, h.tokenName()))))
            .orElseGet(Mono::empty));
  }
}
