package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraState;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** What the portal tells users about a camera's stream. */
public enum CameraLink {
  ONLINE("online"),
  /** Reported online, but no new frame for a while: a hung decoder or a frozen stream. */
  FROZEN("frozen"),
  /** Online, but the stream delivers too few frames for the analysis rate. */
  LOW_FPS("low frame rate"),
  CONNECTING("connecting"),
  OFFLINE("offline"),
  STOPPED("stopped"),
  NO_STATUS("no status yet");

  private final String label;

  CameraLink(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** CSS class suffix of the state badge. */
  public String cssClass() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The camera's health: its agent's state ({@link #of(String, Instant, Instant, Duration)}),
   * refined for a camera reported online by how fresh its newest frame is and how many frames
   * per second its stream delivers.
   *
   * @param status the camera's latest status, or null before the first
   * @param analysisFps the analysis rate the camera is set to
   */
  public static CameraLink of(
      @Nullable CameraStatusRow status,
      double analysisFps,
      Instant now,
      Duration offlineAfter,
      CameraHealthSettings health) {
    if (status == null) {
      return NO_STATUS;
    }
    CameraLink reported = of(status.state(), status.updatedAt(), now, offlineAfter);
    if (reported != ONLINE) {
      return reported;
    }
    if (status.lastFrameAt() == null || status.lastFrameAt().plus(health.frozenAfter()).isBefore(now)) {
      return FROZEN;
    }
    return status.framesInPerS() < analysisFps * health.lowFpsRatio() ? LOW_FPS : ONLINE;
  }

  /** Whether the camera delivers nothing to analyse: worth a health alert when it lasts. */
  public boolean isOutage() {
    return this == OFFLINE || this == FROZEN;
  }

  /**
   * The agent's last reported state, unless it has been silent for longer than {@code
   * offlineAfter}: an agent that stopped reporting cannot vouch for its camera any more.
   */
  public static CameraLink of(
      @Nullable String state, @Nullable Instant updatedAt, Instant now, Duration offlineAfter) {
    if (state == null || updatedAt == null) {
      return NO_STATUS;
    }
    if (updatedAt.plus(offlineAfter).isBefore(now)) {
      return OFFLINE;
    }
    CameraState reported;
    try {
      reported = CameraState.valueOf(state);
    } catch (IllegalArgumentException e) {
      return NO_STATUS;
    }
    return switch (reported) {
      case ONLINE -> ONLINE;
      case CONNECTING -> CONNECTING;
      case OFFLINE -> OFFLINE;
      case STOPPED -> STOPPED;
    };
  }
}
