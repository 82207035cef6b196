package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.alerts.AlertLinks;
import io.emoticctv.portal.cameras.Camera;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Percent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One row of the alarm console, built alike from a stored row (page load) and a pushed record.
 *
 * @param phase the job's view of the episode: OPENED, UPDATED or RESOLVED
 * @param status the operators' handling: OPEN, ACKNOWLEDGED or RESOLVED
 * @param emotion display name of the emotion's category
 * @param group the names of the abnormal groups the emotion belongs to ({@code "Distress"}), or empty
 * @param assignee display name of the user the alert is assigned to, or empty
 * @param sound the name of the sound the console plays for it ({@link AlarmSounds.Picker#forAlert})
 */
@Serdeable
public record AlarmView(
    String alertId,
    String phase,
    String status,
    String severity,
    String cameraId,
    String camera,
    String location,
    String emotion,
    String emotionColor,
    String group,
    String peak,
    String duration,
    String opened,
    String rule,
    String assignee,
    String link,
    String sound) {

  public static AlarmView of(
      ConsoleAlert a, @Nullable Camera camera, String assignee, EmotionStyle.Entry look, String group, String sound,
      DisplayTime time) {
    return new AlarmView(
        a.alertId(),
        a.phase(),
        a.status(),
        a.severity(),
        a.cameraId(),
        camera == null ? a.cameraId() : camera.name(),
        camera == null ? a.zone() : camera.location(),
        look.label(),
        look.color(),
        group,
        Percent.of(a.peakShare()),
        DurationText.of(a.durationMs()),
        time.dateTime(a.openedAt()),
        a.rule(),
        assignee,
        AlertLinks.path(a.alertId()),
        sound);
  }

  /** A record that may arrive before the job stored its row: status as stored, if known. */
  public static AlarmView of(
      AlertRecord a,
      @Nullable Camera camera,
      String status,
      String assignee,
      EmotionStyle.Entry look,
      String group,
      String sound,
      DisplayTime time) {
    return new AlarmView(
        a.alertId(),
        a.phase().name(),
        status,
        a.severity().name(),
        a.cameraId(),
        camera == null ? a.cameraId() : camera.name(),
        camera == null ? a.zone() : camera.location(),
        look.label(),
        look.color(),
        group,
        Percent.of(a.peakShare()),
        DurationText.of(a.durationMs()),
        time.dateTime(Instant.ofEpochMilli(a.openedAt())),
        a.rule(),
        assignee,
        AlertLinks.path(a.alertId()),
        sound);
  }
}
