package io.emoticctv.portal.users;

import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.security.RandomTokens;
import io.emoticctv.portal.security.TokenHash;
import io.emoticctv.portal.web.Disclaimer;
import io.emoticctv.portal.web.EmailTemplates;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-up, password recovery, profile and password changes. */
@Singleton
public final class AccountService {
  private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

  private final UserRepository users;
  private final PasswordResetRepository resets;
  private final PasswordHasher hasher;
  private final AccountSettings settings;
  private final String publicBaseUrl;
  private final EmailSender<?, ?> sender;
  private final EmailTemplates emails;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  AccountService(
      UserRepository users,
      PasswordResetRepository resets,
      PasswordHasher hasher,
      AccountSettings settings,
      PortalSettings portal,
      EmailSender<?, ?> sender,
      EmailTemplates emails,
      AuditTrail audit) {
    this.users = users;
    this.resets = resets;
    this.hasher = hasher;
    this.settings = settings;
    this.publicBaseUrl = portal.publicBaseUrl();
    this.sender = sender;
    this.emails = emails;
    this.audit = audit;
  }

  public boolean signUpAllowed() {
    return settings.signUp();
  }

  /**
   * Creates a VIEWER without alert or outage emails (they opt in on their profile).
   *
   * @return false when the email has an account already
   */
  public boolean signUp(ProfileForm.Profile profile, String password) {
    if (users.existsByEmail(profile.email())) {
      return false;
    }
    UserAccount created =
        users.save(
            new UserAccount(
                null,
                profile.email(),
                profile.displayName(),
                hasher.hash(password),
                Role.VIEWER,
                true,
                false,
                profile.phone(),
                profile.quietHours().fromMinute(),
                profile.quietHours().untilMinute(),
                profile.alertMinSeverity(),
                false));
    audit.record(created.email(), "account.signup", created.email(), "VIEWER");
    return true;
  }

  /**
   * Emails a recovery link when the email has an enabled account; says nothing either way, so
   * the form does not tell who has an account.
   */
  public void sendRecoveryLink(String email) {
    Optional<UserAccount> account = users.findByEmail(UserAccount.normalizeEmail(email));
    if (account.isEmpty() || !account.get().enabled()) {
      LOG.info("Password recovery asked for an unknown or disabled account");
      return;
    }
    UserAccount user = account.get();
    String token = RandomTokens.next();
    Instant expires = clock.instant().plus(settings.resetLinkValidity());
    resets.insert(TokenHash.sha256Hex(token), user.id(), expires);
    String link = publicBaseUrl + "/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    long minutes = settings.resetLinkValidity().toMinutes();
    String text =
        String.join(
            "\n",
            "Hello " + user.displayName() + ",",
            "",
            "someone asked to reset the password of your EmotiCCTV account " + user.email() + ".",
            "Choose a new password here (the link works once, for " + minutes + " minutes):",
            "",
            link,
            "",
            "If it was not you, ignore this email: your password stays as it is.",
            "",
            Disclaimer.TEXT);
    Map<String, Object> model = new HashMap<>();
    model.put("name", user.displayName());
    model.put("email", user.email());
    model.put("link", link);
    model.put("minutes", minutes);
    sender.send(
        Email.builder()
            .to(user.email())
            .subject("[EmotiCCTV] Reset your password")
            .body(new MultipartBody(emails.html("password-reset", model), text)));
    LOG.info("Sent a password recovery link to {}", user.email());
  }

  /** Whether the link's token still works: unused and unexpired. */
  public boolean resetLinkUsable(String token) {
    return resets.findUsable(TokenHash.sha256Hex(token)).isPresent();
  }

  /** Sets the password through a recovery link, using the link up; false when it no longer works. */
  public boolean resetPassword(String token, String newPassword) {
    String hash = TokenHash.sha256Hex(token);
    Optional<PasswordResetRepository.PasswordReset> reset = resets.findUsable(hash);
    if (reset.isEmpty() || resets.use(hash) == 0) {
      return false;
    }
    users.updatePasswordHash(reset.get().userId(), hasher.hash(newPassword));
    audit.record("user #" + reset.get().userId(), "account.password-reset", "user #" + reset.get().userId(), "recovery link");
    return true;
  }

  public Optional<UserAccount> find(String email) {
    return users.findByEmail(email);
  }

  /** @return false when the new email belongs to another account */
  public boolean updateProfile(UserAccount user, ProfileForm.Profile profile) {
    if (!profile.email().equals(user.email()) && users.existsByEmail(profile.email())) {
      return false;
    }
    users.update(user.withProfile(profile));
    audit.record(user.email(), "account.profile", profile.email(), "");
    return true;
  }

  /** @return false when {@code current} is not the user's password */
  public boolean changePassword(UserAccount user, String current, String newPassword) {
    if (!hasher.matches(current, user.passwordHash())) {
      return false;
    }
    users.updatePasswordHash(user.id(), hasher.hash(newPassword));
    audit.record(user.email(), "account.password-change", user.email(), "");
    return true;
  }

}
