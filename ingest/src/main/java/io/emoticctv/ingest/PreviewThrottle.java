package io.emoticctv.ingest;

/**
 * Lets at most {@code perSecond} previews through per second, evenly spaced. One per camera: its
 * decoding thread asks whether a preview is {@link #due} (to copy the frame's colour), its analysis
 * thread takes the slot with {@link #allow}.
 */
final class PreviewThrottle {
  private final long intervalMs;
  private long nextAllowed = Long.MIN_VALUE; // guarded by this

  PreviewThrottle(double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, was " + perSecond);
    }
    this.intervalMs = Math.round(1000 / perSecond);
  }

  /** Whether {@link #allow} would let a preview through at {@code nowMs}; takes nothing. */
  synchronized boolean due(long nowMs) {
    return nowMs >= nextAllowed;
  }

  /** Whether a preview may be made at {@code nowMs}; if so, the next one waits an interval. */
  synchronized boolean allow(long nowMs) {
    if (!due(nowMs)) {
      return false;
    }
    nextAllowed = nowMs + intervalMs;
    return true;
  }
}
