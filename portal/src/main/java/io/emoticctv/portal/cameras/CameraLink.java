package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraState;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** What the portal tells users about a camera's stream. */
public enum CameraLink {
  ONLINE("online"),
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
