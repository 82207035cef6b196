package io.emoticctv.portal.users;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Password recovery tokens: 256 random bits, URL-safe, sent only in the email; the database keeps
 * their {@link io.emoticctv.portal.security.TokenHash}.
 */
public final class ResetTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ResetTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
