package io.emoticctv.portal.api;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Personal API tokens: {@value #PREFIX} + 32 random bytes (URL-safe Base64). At rest only their
 * SHA-256 is kept: with 256 random bits a fast hash cannot be brute-forced, unlike a password.
 */
final class ApiTokens {
  static final String PREFIX = "ecc_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokens() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code text} could be a token at all, before any database lookup. */
  static boolean wellFormed(String text) {
    return text != null && text.length() == PREFIX.length() + 43 && text.startsWith(PREFIX)
        && text.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }

  /** {@code ecc_AbCd…}: enough to tell tokens apart on the tokens page. */
  static String displayPrefix(String token) {
    return token.substring(0, PREFIX.length() + 6) + "…";
  }
}
