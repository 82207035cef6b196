package io.emoticctv.portal.api;

import io.emoticctv.portal.security.RandomTokens;

/**
 * Personal API tokens: {@value #PREFIX} + 32 random bytes (URL-safe Base64). At rest only their
 * SHA-256 is kept: with 256 random bits a fast hash cannot be brute-forced, unlike a password.
 */
final class ApiTokens {
  static final String PREFIX = "ecc_";

  private ApiTokens() {}

  static String generate() {
    return PREFIX + RandomTokens.next();
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
