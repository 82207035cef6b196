package io.emoticctv.portal.admin;

import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.security.RandomTokens;
import io.emoticctv.portal.security.TokenHash;
import io.emoticctv.portal.users.PasswordHasher;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.users.UserAccount;
import io.emoticctv.portal.web.Disclaimer;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Invitations: an admin names an email, a name and a role; the user is created without a usable
 * password and emailed a link, valid for {@link #VALID_FOR}, to set one. The user row, the invite
 * and the email go together: when the email cannot be sent, nothing is stored.
 */
@Singleton
@Connectable
class Invitations {
  static final Duration VALID_FOR = Duration.ofDays(7);
  static final int MIN_PASSWORD = 8;
  // Never a bcrypt hash, so no password matches it until the invite is accepted.
  static final String NO_PASSWORD_YET = "!invited";
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private final DataSource dataSource;
  private final EmailSender<?, ?> mail;
  private final PasswordHasher hasher;
  private final AuditTrail audit;
  private final String baseUrl;
  private final Clock clock = Clock.systemUTC();

  Invitations(DataSource dataSource, EmailSender<?, ?> mail, PasswordHasher hasher, AuditTrail audit, PortalSettings settings) {
    this.dataSource = dataSource;
    this.mail = mail;
    this.hasher = hasher;
    this.audit = audit;
    this.baseUrl = settings.publicBaseUrl();
  }

  /** @throws IllegalArgumentException with a message for the admin; nothing is stored then */
  @Transactional
  void invite(String email, String displayName, String role, String who) {
    String address = email == null ? "" : UserAccount.normalizeEmail(email);
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      throw new IllegalArgumentException("Give a valid email address.");
    }
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new IllegalArgumentException("Give a name of 1 to 100 characters.");
    }
    Role parsed;
    try {
      parsed = Role.valueOf(role == null ? "" : role);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The role must be ADMIN, OPERATOR or VIEWER.");
    }
    String token = RandomTokens.next();
    Instant now = clock.instant();
    try {
      Connection c = dataSource.getConnection();
      long userId;
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO users (email, display_name, password_hash, role) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT (email) DO NOTHING RETURNING id")) {
        st.setString(1, address);
        st.setString(2, name);
        st.setString(3, NO_PASSWORD_YET);
        st.setString(4, parsed.name());
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("There is a user with the email " + address + " already.");
          }
          userId = rs.getLong(1);
        }
      }
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO user_invites (token_hash, user_id, invited_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
        st.setString(1, TokenHash.sha256Hex(token));
        st.setLong(2, userId);
        st.setString(3, who);
        st.setTimestamp(4, Timestamp.from(now));
        st.setTimestamp(5, Timestamp.from(now.plus(VALID_FOR)));
        st.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the invitation", e);
    }
    mail.send(Email.builder()
        .to(address)
        .subject("You are invited to EmotiCCTV")
        .body("Hello " + name + ",\n\n" + who + " invited you to the EmotiCCTV portal as " + parsed + ".\n"
            + "Set your password within " + VALID_FOR.toDays() + " days at\n" + baseUrl + "/invite/" + token + "\n\n"
            + Disclaimer.TEXT + "\n"));
    audit.record(who, "user.invite", address, parsed.name());
  }

  /**
   * Sets the invited user's password and uses the invite up.
   *
   * @throws IllegalArgumentException when the password is not acceptable
   * @return false when the link is unknown, used or expired
   */
  @Transactional
  boolean accept(String token, String password, String confirmation) {
    if (!wellFormed(token)) {
      return false;
    }
    String hashed = TokenHash.sha256Hex(token);
    try {
      Connection c = dataSource.getConnection();
      String email;
      try (PreparedStatement st = c.prepareStatement(
          "SELECT u.email FROM user_invites i JOIN users u ON u.id = i.user_id"
              + " WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ? FOR UPDATE OF i")) {
        st.setString(1, hashed);
        st.setTimestamp(2, Timestamp.from(clock.instant()));
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            return false;
          }
          email = rs.getString(1);
        }
      }
      if (password == null || password.length() < MIN_PASSWORD) {
        throw new IllegalArgumentException("Choose a password of at least " + MIN_PASSWORD + " characters.");
      }
      if (!password.equals(confirmation)) {
        throw new IllegalArgumentException("The two passwords differ.");
      }
      String passwordHash = hasher.hash(password);
      try (PreparedStatement st = c.prepareStatement(
          "UPDATE users SET password_hash = ? WHERE email = ?")) {
        st.setString(1, passwordHash);
        st.setString(2, email);
        st.executeUpdate();
      }
      try (PreparedStatement st = c.prepareStatement("UPDATE user_invites SET used_at = ? WHERE token_hash = ?")) {
        st.setTimestamp(1, Timestamp.from(clock.instant()));
        st.setString(2, hashed);
        st.executeUpdate();
      }
      audit.record(email, "user.invite.accept", email, "");
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot accept the invitation", e);
    }
  }

  static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }
}
