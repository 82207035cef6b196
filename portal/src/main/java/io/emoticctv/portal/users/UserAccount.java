package io.emoticctv.portal.users;

import io.emoticctv.contracts.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Locale;

/**
 * A row of {@code users}. Emails are stored lower-case; the password only as a bcrypt hash.
 *
 * @param alertEmails whether new emotion alerts are emailed to the user
 * @param quietFromMinute start of the user's alert-email quiet hours (minute of the day in the
 *     portal's display zone), or null for none
 * @param quietUntilMinute their end (exclusive), or null for none
 * @param alertMinSeverity the least severity of the emotion alerts emailed to the user
 * @param outageEmails whether camera outages are emailed to the user
 */
@MappedEntity("users")
public record UserAccount(
    @Id @GeneratedValue Long id,
    String email,
    String displayName,
    String passwordHash,
    Role role,
    boolean enabled,
    boolean alertEmails,
    String phone,
    @Nullable Integer quietFromMinute,
    @Nullable Integer quietUntilMinute,
    Severity alertMinSeverity,
    boolean outageEmails) {

  public static UserAccount create(String email, String displayName, String passwordHash, Role role) {
    return new UserAccount(
        null, normalizeEmail(email), displayName, passwordHash, role, true, true, "", null, null, Severity.LOW, true);
  }

  public static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public QuietHours quietHours() {
    return QuietHours.of(quietFromMinute, quietUntilMinute);
  }

  public UserAccount withPasswordHash(String hash) {
    return new UserAccount(
        id, email, displayName, hash, role, enabled, alertEmails, phone, quietFromMinute, quietUntilMinute,
        alertMinSeverity, outageEmails);
  }

  public UserAccount withProfile(ProfileForm.Profile p) {
    return new UserAccount(
        id,
        p.email(),
        p.displayName(),
        passwordHash,
        role,
        enabled,
        p.alertEmails(),
        p.phone(),
        p.quietHours().fromMinute(),
        p.quietHours().untilMinute(),
        p.alertMinSeverity(),
        p.outageEmails());
  }

  /** Whether an emotion alert of {@code severity} is emailed to the user (quiet hours aside). */
  public boolean wantsAlert(Severity severity) {
    return alertEmails && severity.compareTo(alertMinSeverity) >= 0;
  }
}
