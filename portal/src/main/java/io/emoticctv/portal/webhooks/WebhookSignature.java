package io.emoticctv.portal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How each delivery is signed, so the receiver knows it comes from this portal and is fresh:
 * header {@value #TIMESTAMP_HEADER} holds the Unix time of the attempt in seconds, and header
 * {@value #SIGNATURE_HEADER} holds {@code sha256=} and the hex HMAC-SHA256, keyed with the
 * webhook's secret, of {@code <timestamp>.<body>}. A receiver recomputes it, compares in
 * constant time, and refuses timestamps more than a few minutes old (replays).
 */
public final class WebhookSignature {
  public static final String SIGNATURE_HEADER = "X-EmotiCCTV-Signature";
  public static final String TIMESTAMP_HEADER = "X-EmotiCCTV-Timestamp";
  public static final String EVENT_HEADER = "X-EmotiCCTV-Event";
  public static final String DELIVERY_HEADER = "X-EmotiCCTV-Delivery";

  private WebhookSignature() {}

  /** The {@value #SIGNATURE_HEADER} value of {@code body} sent at {@code epochSecond}. */
  public static String sign(String secret, long epochSecond, String body) {
    return "sha256=" + hmacSha256Hex(secret, epochSecond + "." + body);
  }

  static String hmacSha256Hex(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
