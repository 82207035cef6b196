package io.emoticctv.portal.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps,
 * what every authenticator app computes from the secret.
 */
public final class Totp {
  public static final int STEP_SECONDS = 30;
  public static final int DIGITS = 6;
  /** Codes of one step before or after now are accepted too: phones' clocks drift. */
  public static final int TOLERANCE_STEPS = 1;

  private Totp() {}

  /** The time step an instant falls in. */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The {@code digits}-digit code of {@code step}, zero-padded. */
  public static String code(byte[] secret, long step, int digits) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int truncated = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
        | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
    String code = Integer.toString(truncated % (int) Math.pow(10, digits));
    return "0".repeat(digits - code.length()) + code;
  }

  /**
   * The step within {@link #TOLERANCE_STEPS} of {@code now} whose {@value #DIGITS}-digit code is
   * {@code code}; empty when none is.
   */
  public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    String typed = code == null ? "" : code.replace(" ", "");
    if (!typed.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - TOLERANCE_STEPS; s <= current + TOLERANCE_STEPS; s++) {
      if (MessageDigest.isEqual(
          code(secret, s, DIGITS).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }
}
