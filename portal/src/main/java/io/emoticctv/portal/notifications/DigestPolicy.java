package io.emoticctv.portal.notifications;

import java.time.Duration;
import java.time.Instant;

/** When alert emails go into a digest, and when a digest goes out. */
public final class DigestPolicy {
  private DigestPolicy() {}

  /**
   * Whether a newly opened alert is held for the digest.
   *
   * @param claimedRecently alerts emailed or held within the digest window, this one excluded
   */
  public static boolean holdForDigest(long claimedRecently, int digestAfter) {
    return claimedRecently >= digestAfter;
  }

  /** Whether the held alerts' digest is due: its oldest alert has waited {@code delay}. */
  public static boolean due(Instant oldestHeld, Instant now, Duration delay) {
    return !oldestHeld.plus(delay).isAfter(now);
  }
}
