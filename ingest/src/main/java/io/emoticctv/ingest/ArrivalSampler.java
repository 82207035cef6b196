package io.emoticctv.ingest;

/**
 * Picks frames of a live stream for analysis by their arrival time, {@code targetFps} per second on
 * average. A stream's announced frame rate is often missing or wrong (MJPEG has none; cameras lower
 * it in the dark), so counting frames would analyse too many or too few. A pick is due one period
 * after the previous one was due; after a gap longer than a period the schedule starts again rather
 * than catching up in a burst.
 */
final class ArrivalSampler {
  private final long periodNanos;
  private long nextDue;
  private boolean started;

  ArrivalSampler(double targetFps) {
    if (!(targetFps > 0)) {
      throw new IllegalArgumentException("target fps must be positive, was " + targetFps);
    }
    this.periodNanos = Math.round(1e9 / targetFps);
  }

  /** Whether the frame that arrived at {@code nowNanos} is analysed. */
  boolean shouldAnalyse(long nowNanos) {
    if (started && nowNanos < nextDue) {
      return false;
    }
    boolean onSchedule = started && nowNanos - nextDue < periodNanos;
    nextDue = (onSchedule ? nextDue : nowNanos) + periodNanos;
    started = true;
    return true;
  }
}
