package io.emoticctv.portal.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets (sessions' CSRF tokens, invitation, password reset and API tokens): 256 random
 * bits as 43 URL-safe Base64 characters. At rest only their {@link TokenHash} is kept.
 */
public final class RandomTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomTokens() {}

  public static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
