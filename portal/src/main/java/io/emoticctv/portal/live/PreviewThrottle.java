package io.emoticctv.portal.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets at most one preview per camera through per interval; the rest are dropped (a wall shows
 * the newest picture, never a backlog). Not thread-safe: one consumer thread calls it.
 */
final class PreviewThrottle {
  private final long intervalMs;
  private final Map<String, Long> lastPassed = new HashMap<>();

  PreviewThrottle(Duration interval) {
    this.intervalMs = interval.toMillis();
  }

  /** Whether the camera's preview captured at {@code capturedAt} goes to the browsers. */
  boolean pass(String cameraId, long capturedAt) {
    Long last = lastPassed.get(cameraId);
    if (last != null && capturedAt >= last && capturedAt - last < intervalMs) {
      return false;
    }
    lastPassed.put(cameraId, capturedAt);
    return true;
  }
}
