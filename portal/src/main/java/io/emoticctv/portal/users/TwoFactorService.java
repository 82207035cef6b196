package io.emoticctv.portal.users;

import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.twofactor.Base32;
import io.emoticctv.portal.twofactor.RecoveryCodes;
import io.emoticctv.portal.twofactor.Totp;
import io.emoticctv.portal.twofactor.TotpEnrolment;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Optional TOTP two-factor login of each account: set up (a secret, confirmed with a first code),
 * checked at login (an app code, never the same one twice, or a one-time recovery code), and
 * switched off with password and code. Switching on and off goes to the audit trail.
 */
@Singleton
class TwoFactorService {
  private final TwoFactorRepository repository;
  private final PasswordHasher hasher;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  TwoFactorService(TwoFactorRepository repository, PasswordHasher hasher, AuditTrail audit) {
    this.repository = repository;
    this.hasher = hasher;
    this.audit = audit;
  }

  /** What a user's profile says of their second factor. */
  record Status(boolean on, long recoveryCodesLeft) {}

  Status status(UserAccount user) {
    boolean on = required(user.id());
    return new Status(on, on ? repository.countUnusedRecoveryCodes(user.id()) : 0);
  }

  /** A new secret awaiting confirmation; empty when two-factor login is on already. */
  Optional<TotpEnrolment> startSetup(UserAccount user) {
    String secret = TotpEnrolment.newSecret();
    return repository.startSetup(user.id(), secret) == 1
        ? Optional.of(TotpEnrolment.of(secret, user.email()))
        : Optional.empty();
  }

  /** The setup awaiting confirmation, if any. */
  Optional<TotpEnrolment> awaitedSetup(UserAccount user) {
    return repository.findById(user.id())
        .filter(t -> !t.on())
        .map(t -> TotpEnrolment.of(t.secretBase32(), user.email()));
  }

  /**
   * Switches two-factor login on when {@code code} is the awaited setup's current code.
   *
   * @return the new recovery codes, to be shown once; empty when the code is wrong or no setup
   *     is awaited
   */
  @Transactional
  Optional<List<String>> confirm(UserAccount user, String code) {
    Optional<TwoFactorRepository.UserTotp> awaited = repository.findById(user.id()).filter(t -> !t.on());
    if (awaited.isEmpty()) {
      return Optional.empty();
    }
    String secret = awaited.get().secretBase32();
    OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, clock.instant());
    if (step.isEmpty() || repository.enable(user.id(), secret, step.getAsLong()) == 0) {
      return Optional.empty();
    }
    List<String> codes = RecoveryCodes.generate();
    repository.deleteRecoveryCodes(user.id());
    codes.forEach(c -> repository.insertRecoveryCode(user.id(), RecoveryCodes.hash(c)));
    audit.record(user.email(), "2fa.enable", user.email(), RecoveryCodes.COUNT + " recovery codes issued");
    return Optional.of(codes);
  }

  /** How a second factor was given at login. */
  enum Proof {
    APP_CODE,
    RECOVERY_CODE
  }

  /**
   * Checks a login's second factor and uses it up: an app code of a step not used before, or an
   * unused recovery code.
   */
  Optional<Proof> verify(long userId, String typed) {
    String code = typed == null ? "" : typed.strip();
    Optional<TwoFactorRepository.UserTotp> totp = repository.findById(userId).filter(TwoFactorRepository.UserTotp::on);
    if (totp.isEmpty()) {
      return Optional.empty();
    }
    if (RecoveryCodes.looksLikeOne(code)) {
      return repository.useRecoveryCode(userId, RecoveryCodes.hash(code)) == 1 ? Optional.of(Proof.RECOVERY_CODE) : Optional.empty();
    }
    OptionalLong step = Totp.matchingStep(Base32.decode(totp.get().secretBase32()), code, clock.instant());
    return step.isPresent() && repository.claimStep(userId, step.getAsLong()) == 1
        ? Optional.of(Proof.APP_CODE)
        : Optional.empty();
  }

  /** Switches two-factor login off; false when the password or code is wrong. */
  @Transactional
  boolean disable(UserAccount user, String password, String code) {
    if (!hasher.matches(password, user.passwordHash()) || verify(user.id(), code).isEmpty()) {
      return false;
    }
    repository.deleteRecoveryCodes(user.id());
    repository.deleteSecret(user.id());
    audit.record(user.email(), "2fa.disable", user.email(), "");
    return true;
  }

  /** Whether the account's login asks for a second factor. */
  boolean required(long userId) {
    return repository.findById(userId).map(TwoFactorRepository.UserTotp::on).orElse(false);
  }
}
