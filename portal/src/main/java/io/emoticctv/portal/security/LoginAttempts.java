package io.emoticctv.portal.security;

import io.emoticctv.portal.audit.AuditTrail;
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
 * both steps of a login and by switching two-factor login off: a wrong password and a wrong
 * second-factor code count alike, and each goes to the audit trail.
 */
@Singleton
public final class LoginAttempts {
  private final LoginThrottle accounts;
  private final LoginThrottle addresses;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  LoginAttempts(SecuritySettings settings, AuditTrail audit) {
    this.audit = audit;
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

  /**
   * Counts a failure of the account and the request's address and audits it as {@code action}.
   *
   * @return when this failure locked the account or the address, the instant logging in unlocks
   *     (now, if the configured lockout is zero)
   */
  public Optional<Instant> recordFailure(String email, HttpRequest<?> request, String action) {
    String address = address(request);
    boolean lockedNow = accounts.failed(email) | addresses.failed(address);
    audit.record(email, action, email, "from " + address + (lockedNow ? "; now locked" : ""));
    return lockedNow ? Optional.of(lockedUntil(email, request).orElseGet(clock::instant)) : Optional.empty();
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
