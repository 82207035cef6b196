package io.emoticctv.ingest;

/** Delay before reconnecting to a failed source: 1 s, doubling, capped at 30 s. */
public final class Backoff {
  public static final long FIRST_MS = 1_000;
  public static final long CAP_MS = 30_000;

  private Backoff() {}

  /** Delay before retry number {@code failures} (1 = after the first failure). */
  public static long delayMs(int failures) {
    if (failures <= 1) {
      return FIRST_MS;
    }
    int doublings = Math.min(failures - 1, 15);
    return Math.min(CAP_MS, FIRST_MS << doublings);
  }
}
