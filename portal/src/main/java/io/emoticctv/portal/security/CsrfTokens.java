package io.emoticctv.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The per-session token that every state-changing request must carry, in the form field {@value
 * #FORM_FIELD} or the header {@value #HEADER}. A forged cross-site request cannot read it, so it
 * cannot send it.
 */
public final class CsrfTokens {
  public static final String FORM_FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  static final String SESSION_ATTRIBUTE = "csrfToken";

  private CsrfTokens() {}

  /** True when both are present and equal; compared in constant time. */
  public static boolean matches(String expected, String presented) {
    if (expected == null || presented == null || expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
