package io.emoticctv.portal.security;

import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A login whose password was right but whose second factor is still to come. It waits in the
 * session under {@value #SESSION_ATTRIBUTE}, apart from the authentication the security filter
 * reads, so the session is not signed in until the code is given on {@value #PATH}.
 *
 * @param authentication what the password step established, marked {@link #REQUIRED_ATTRIBUTE}
 * @param since when the password was given; the code must follow within {@link #VALID_FOR}
 */
public record PendingSecondFactor(Authentication authentication, Instant since) {
  /** Set by the authentication provider on accounts with two-factor login switched on. */
  public static final String REQUIRED_ATTRIBUTE = "secondFactorRequired";
  public static final String SESSION_ATTRIBUTE = "pendingSecondFactor";
  public static final String PATH = "/login/2fa";
  public static final Duration VALID_FOR = Duration.ofMinutes(5);

  static boolean required(Authentication authentication) {
    return Boolean.TRUE.equals(authentication.getAttributes().get(REQUIRED_ATTRIBUTE));
  }

  public boolean expired(Instant now) {
    return since.plus(VALID_FOR).isBefore(now);
  }

  /** The authentication the session gets once the second factor is given. */
  public Authentication completed() {
    Map<String, Object> attributes = new HashMap<>(authentication.getAttributes());
    attributes.remove(REQUIRED_ATTRIBUTE);
    return Authentication.build(authentication.getName(), authentication.getRoles(), attributes);
  }
}
