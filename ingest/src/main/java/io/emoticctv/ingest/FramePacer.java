package io.emoticctv.ingest;

/**
 * Releases a file's frames at the clip's own frame rate, so a demo file behaves like a live camera
 * (frame k is due {@code k / fps} seconds after the first). Falling more than {@link
 * #MAX_LAG_NANOS} behind restarts the schedule rather than bursting to catch up.
 */
public final class FramePacer {
  static final long MAX_LAG_NANOS = 1_000_000_000L;

  private final double fps;
  private long startNanos;
  private long frameIndex;

  public FramePacer(double fps, long nowNanos) {
    if (!(fps > 0)) {
      throw new IllegalArgumentException("fps must be positive, was " + fps);
    }
    this.fps = fps;
    this.startNanos = nowNanos;
  }

  /** When frame {@code frameIndex} is due, given the first frame was due at {@code startNanos}. */
  public static long dueNanos(long startNanos, long frameIndex, double fps) {
    return startNanos + Math.round(frameIndex * 1e9 / fps);
  }

  /** How long to wait, from {@code nowNanos}, before releasing the next frame; 0 when it is due. */
  public long waitNanos(long nowNanos) {
    long due = dueNanos(startNanos, frameIndex, fps);
    if (nowNanos - due > MAX_LAG_NANOS) {
      startNanos = nowNanos;
      frameIndex = 0;
      due = nowNanos;
    }
    frameIndex++;
    return Math.max(0, due - nowNanos);
  }
}
