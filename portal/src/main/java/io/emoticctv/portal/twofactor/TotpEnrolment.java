package io.emoticctv.portal.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A new TOTP secret and how an authenticator app takes it in: the {@code otpauth://} URI (the
 * de-facto Key Uri Format of Google Authenticator, read by all common apps), as text and QR code.
 */
public record TotpEnrolment(String secretBase32, String otpauthUri) {
  public static final String ISSUER = "EmotiCCTV";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fresh 160-bit secret, the length RFC 4226 recommends. */
  public static String newSecret() {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  public static TotpEnrolment of(String secretBase32, String email) {
    String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
    String uri = "otpauth://totp/" + label + "?secret=" + secretBase32 + "&issuer=" + ISSUER
        + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    return new TotpEnrolment(secretBase32, uri);
  }

  /** The URI as a PNG QR code in a {@code data:} URI, for an {@code <img>}. */
  public String qrCodeDataUri() {
    return QrCodeImage.pngDataUri(otpauthUri);
  }
}
