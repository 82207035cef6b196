package io.emoticctv.portal.cameras;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/** Decides whether a camera's outage has lasted long enough for a health alert. */
public final class CameraOutage {
  private CameraOutage() {}

  /**
   * The start of the camera's outage (its last frame, or its last status without any frame) when
   * its health is an outage that has lasted longer than {@code alertAfter}; otherwise null.
   */
  public static @Nullable Instant alertableSince(
      CameraLink health, @Nullable CameraStatusRow status, Instant now, Duration alertAfter) {
    if (!health.isOutage() || status == null) {
      return null;
    }
    Instant lastSeen = status.lastFrameAt() != null ? status.lastFrameAt() : status.updatedAt();
    return lastSeen.plus(alertAfter).isBefore(now) ? lastSeen : null;
  }
}
