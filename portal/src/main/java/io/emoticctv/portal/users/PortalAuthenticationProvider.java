package io.emoticctv.portal.users;

import io.emoticctv.portal.security.PendingSecondFactor;
import io.emoticctv.portal.web.SignedInUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the login form's email and password against {@code users}; runs off the event loop. An
 * account with two-factor login is marked {@link PendingSecondFactor#REQUIRED_ATTRIBUTE}, so the
 * login handler asks for the code before the session is signed in.
 */
@Singleton
final class PortalAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TwoFactorService twoFactor;

  PortalAuthenticationProvider(UserRepository users, PasswordHasher hasher, TwoFactorService twoFactor) {
    this.users = users;
    this.hasher = hasher;
    this.twoFactor = twoFactor;
  }

  @Override
  public String getExecutorName() {
    return TaskExecutors.BLOCKING;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> login) {
    String email = login.getIdentity() == null ? "" : UserAccount.normalizeEmail(login.getIdentity());
    Optional<UserAccount> account = users.findByEmail(email);
    if (account.isEmpty()) {
      hasher.burnOneCheck(login.getSecret());
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    UserAccount user = account.get();
    if (!hasher.matches(login.getSecret(), user.passwordHash())) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    if (!user.enabled()) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
    }
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(SignedInUser.DISPLAY_NAME_ATTRIBUTE, user.displayName());
    if (twoFactor.required(user.id())) {
      attributes.put(PendingSecondFactor.REQUIRED_ATTRIBUTE, true);
    }
    return AuthenticationResponse.success(user.email(), List.of(user.role().name()), attributes);
  }
}
