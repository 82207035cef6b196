package io.emoticctv.portal.users;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt password hashes ({@code $2y$}, cost 12) through Bouncy Castle's OpenBSD bcrypt.
 *
 * <p>bcrypt reads at most 72 bytes of a password; longer passwords are refused when set, and
 * never match when checked, instead of being silently truncated.
 */
@Singleton
public final class PasswordHasher {
  static final int COST = 12;
  static final int MAX_PASSWORD_BYTES = 72;

  private final SecureRandom random = new SecureRandom();
  // Checked against when the email is unknown, so a wrong email costs as long as a wrong password.
  private final String decoyHash;

  public PasswordHasher() {
    this.decoyHash = hash("decoy password, never a real one");
  }

  public String hash(String password) {
    if (utf8Length(password) > MAX_PASSWORD_BYTES) {
      throw new IllegalArgumentException(
          "a password may have at most " + MAX_PASSWORD_BYTES + " bytes (UTF-8)");
    }
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, COST);
  }

  public boolean matches(String password, String hash) {
    if (password == null || hash == null || utf8Length(password) > MAX_PASSWORD_BYTES) {
      return false;
    }
    try {
      return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    } catch (IllegalArgumentException malformedHash) {
      return false;
    }
  }

  /** Spends the time of one password check, for requests whose account does not exist. */
  public void burnOneCheck(String password) {
    matches(password == null ? "" : password, decoyHash);
  }

  private static int utf8Length(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length;
  }
}
