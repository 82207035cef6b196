package io.emoticctv.portal.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed-login counts of accounts and client addresses ({@link LoginThrottle}s), shared by
 * both steps of a login: a wrong password and a wrong second-factor code count alike.
 */
@Singleton
public final class LoginAttempts {
  private final LoginThrottle accounts;
  private final LoginThrottle addresses;

  LoginAttempts(SecuritySettings settings) {
    Clock clock = Clock.systemUTC();
    this.accounts = new LoginThrottle(settings.maxFailedLoginsPerAccount(), settings.failureWindow(), settings.lockout(), clock);
    this.addresses = new LoginThrottle(settings.maxFailedLoginsPerAddress(), settings.failureWindow(), settings.lockout(), clock);
  }

  /** When the account or the request's address is locked, the later instant either unlocks. */
  public Optional<Instant> lockedUntil(String email, HttpRequest<?> request) {
    Optional<Instant> a = accounts.lockedUntil(email);
    Optional<Instant> b = addresses.lockedUntil(address(request));
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
  }

  /** Counts a failure of the account and the address; true when it locked either. */
  public boolean failed(String email, HttpRequest<?> request) {
    return accounts.failed(email) | addresses.failed(address(request));
  }

  /** A completed login forgets the account's failures. */
  public void succeeded(String email) {
    accounts.succeeded(email);
  }

  /** To the page that says until when logging in is blocked. */
  public static MutableHttpResponse<?> lockedPage(Instant until) {
    return HttpResponse.seeOther(URI.create(LockedLoginController.PATH + "?until=" + until.getEpochSecond()));
  }

  public static String address(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
