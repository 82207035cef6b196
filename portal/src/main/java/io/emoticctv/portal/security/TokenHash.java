package io.emoticctv.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a random secret (invitation, password reset and API tokens, recovery codes):
 * the lowercase hex SHA-256 of its UTF-8 bytes. A fast hash suffices because the secrets are
 * random, not guessable like passwords.
 */
public final class TokenHash {
  private TokenHash() {}

  public static String sha256Hex(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
