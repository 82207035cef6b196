package io.emoticctv.portal.twofactor;

import io.emoticctv.portal.security.TokenHash;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time codes that stand in for the authenticator app once each, e.g. {@code
 * k7qa-3mzx-p2hd-w9tb}: 16 base32 characters, 80 random bits. Only their SHA-256 is stored; at 80
 * bits a fast hash is safe, where a slow one would make each login check ten bcrypt hashes.
 */
public final class RecoveryCodes {
  public static final int COUNT = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** {@value #COUNT} fresh codes, as the user is shown them. */
  public static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      byte[] bits = new byte[10];
      RANDOM.nextBytes(bits);
      String plain = Base32.encode(bits).toLowerCase(Locale.ROOT);
      codes.add(String.join("-", plain.substring(0, 4), plain.substring(4, 8), plain.substring(8, 12), plain.substring(12)));
    }
    return codes;
  }

  /** Whether typed text has a recovery code's shape (rather than an app's 6 digits). */
  public static boolean looksLikeOne(String typed) {
    return typed != null && normalize(typed).matches("[a-z2-7]{16}");
  }

  /**
   * The stored form: SHA-256 (hex) of the code without dashes, spaces or case. Codes are base32,
   * so their UTF-8 bytes are their ASCII bytes.
   */
  public static String hash(String code) {
    return TokenHash.sha256Hex(normalize(code));
  }

  private static String normalize(String code) {
    return code.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
  }
}
