package io.emoticctv.portal.api;

import io.emoticctv.portal.users.Role;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;

/**
 * Whether an API caller holds a scope. A token grants the scopes chosen when it was created (as
 * far as its user's role still allows); a signed-in browser session grants what its role allows.
 */
final class ApiAccess {
  private ApiAccess() {}

  static boolean holds(Authentication who, ApiScope scope) {
    Role role = who.getRoles().stream().findFirst().map(Role::valueOf).orElse(Role.VIEWER);
    if (!scope.allowedFor(role)) {
      return false;
    }
    Object scopes = who.getAttributes().get(BearerTokenFetcher.SCOPES);
    return scopes == null || (scopes instanceof Collection<?> granted && granted.contains(scope.key()));
  }
}
