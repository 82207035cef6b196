package io.emoticctv.ingest;

/** Lets at most {@code perSecond} previews through per second, evenly spaced. One per camera. */
final class PreviewThrottle {
  private final long intervalMs;
  private long nextAllowed = Long.MIN_VALUE;

  PreviewThrottle(double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, was " + perSecond);
    }
    this.intervalMs = Math.round(1000 / perSecond);
  }

  /** Whether a preview may be made at {@code nowMs}; if so, the next one waits an interval. */
  boolean allow(long nowMs) {
    if (nowMs < nextAllowed) {
      return false;
    }
    nextAllowed = nowMs + intervalMs;
    return true;
  }
}
