package io.emoticctv.portal.cameras;

import io.emoticctv.portal.DisplayTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A camera's health as the camera page and the map show it: its state and its agent's latest
 * figures. Built alike for a page load and for each status pushed over Server-Sent Events.
 *
 * @param cameraName the camera's name, for pages that list several cameras
 * @param stateClass CSS class suffix of the state, as {@link CameraLink#cssClass()}
 * @param rejections face rejections per reason, as {@link RejectionCounts#display(String)}
 * @param lastError the agent's last error, or empty
 * @param outageAlarm offline or frozen for longer than {@code emoticctv.camera-health.alert-after}:
 *     a health alert went out for it, and the alarm console sounds it
 */
@Serdeable
public record CameraHealth(
    String cameraId,
    String cameraName,
    String state,
    String stateClass,
    String lastFrame,
    String framesInPerS,
    String analysedPerS,
    long framesDropped,
    long facesRejected,
    String rejections,
    String lastError,
    String reportedAt,
    boolean outageAlarm) {

  public static CameraHealth of(
      Camera camera, CameraLink link, @Nullable CameraStatusRow status, boolean outageAlarm, DisplayTime time) {
    if (status == null) {
      return new CameraHealth(
          camera.id(), camera.name(), link.label(), link.cssClass(), "never", "—", "—", 0, 0, "none", "", "never", false);
    }
    return new CameraHealth(
        camera.id(),
        camera.name(),
        link.label(),
        link.cssClass(),
        status.lastFrameAt() == null ? "never" : time.dateTime(status.lastFrameAt()),
        String.format("%.1f", status.framesInPerS()),
        String.format("%.1f", status.analysedPerS()),
        status.framesDropped(),
        status.facesRejected(),
        RejectionCounts.display(status.rejectedByReason()),
        status.lastError() == null ? "" : status.lastError(),
        time.dateTime(status.updatedAt()),
        outageAlarm);
  }
}
