package io.emoticctv.portal.users;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Locale;

/** A row of {@code users}. Emails are stored lower-case; the password only as a bcrypt hash. */
@MappedEntity("users")
public record UserAccount(
    @Id @GeneratedValue Long id,
    String email,
    String displayName,
    String passwordHash,
    Role role,
    boolean enabled,
    boolean alertEmails) {

  public static UserAccount create(String email, String displayName, String passwordHash, Role role) {
    return new UserAccount(null, normalizeEmail(email), displayName, passwordHash, role, true, true);
  }

  public static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
