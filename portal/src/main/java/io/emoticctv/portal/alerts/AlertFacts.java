package io.emoticctv.portal.alerts;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.cameras.Camera;
import io.emoticctv.portal.web.Disclaimer;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Percent;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An alert as people read it, in pages and emails.
 *
 * @param camera the camera's name, or its id while the camera is unknown to the portal
 * @param since start of the sustained run
 * @param opened when the run became an alert
 * @param peak highest share of the emotion among the matched windows, e.g. {@code "64%"}
 */
public record AlertFacts(
    String alertId,
    String cameraId,
    String camera,
    String location,
    String emotion,
    String severity,
    String since,
    String opened,
    String peak,
    int windows,
    String rule,
    String link) {

  /** An alert from the {@code alerts} topic, which may reach the portal before its row. */
  public static AlertFacts of(
      AlertRecord alert, @Nullable Camera camera, DisplayTime time, String link) {
    return of(
        alert.alertId(),
        alert.cameraId(),
        camera,
        EmotionStyle.label(alert.emotion()),
        alert.severity().name(),
        Instant.ofEpochMilli(alert.firstWindowStart()),
        Instant.ofEpochMilli(alert.openedAt()),
        alert.peakShare(),
        alert.windows(),
        alert.rule(),
        time,
        link);
  }

  public static AlertFacts of(
      StoredAlert alert, @Nullable Camera camera, DisplayTime time, String link) {
    return of(
        alert.alertId(),
        alert.cameraId(),
        camera,
        EmotionStyle.label(alert.emotion()),
        alert.severity(),
        alert.firstWindowStart(),
        alert.openedAt(),
        alert.peakShare(),
        alert.windows(),
        alert.rule(),
        time,
        link);
  }

  private static AlertFacts of(
      String alertId,
      String cameraId,
      @Nullable Camera camera,
      String emotion,
      String severity,
      Instant since,
      Instant opened,
      double peakShare,
      int windows,
      String rule,
      DisplayTime time,
      String link) {
    return new AlertFacts(
        alertId,
        cameraId,
        camera == null ? cameraId : camera.name(),
        camera == null ? "" : camera.location(),
        emotion,
        severity,
        time.dateTime(since),
        time.dateTime(opened),
        Percent.of(peakShare),
        windows,
        rule,
        link);
  }

  /** {@code "[EmotiCCTV] HIGH: sustained anger at Lobby"}. */
  public String subject() {
    return "[EmotiCCTV] " + headline();
  }

  /** {@code "HIGH: sustained anger at Lobby (Ticket hall)"}. */
  public String headline() {
    return severity
        + ": sustained "
        + emotion.toLowerCase(Locale.ROOT)
        + " at "
        + camera
        + (location.isBlank() ? "" : " (" + location + ")");
  }

  /** The facts by name, for programs (webhooks). */
  public Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("alertId", alertId);
    fields.put("cameraId", cameraId);
    fields.put("camera", camera);
    fields.put("location", location);
    fields.put("emotion", emotion);
    fields.put("severity", severity);
    fields.put("since", since);
    fields.put("opened", opened);
    fields.put("peak", peak);
    fields.put("windows", windows);
    fields.put("rule", rule);
    fields.put("link", link);
    return fields;
  }

  public String text() {
    return String.join(
        "\n",
        severity + " alert: sustained apparent " + emotion.toLowerCase(Locale.ROOT) + ".",
        "",
        "Camera:    " + camera + (camera.equals(cameraId) ? "" : " (" + cameraId + ")"),
        "Location:  " + (location.isBlank() ? "—" : location),
        "Emotion:   " + emotion,
        "Severity:  " + severity,
        "Peak:      " + peak + " of faces over " + windows + " consecutive windows",
        "Since:     " + since,
        "Opened:    " + opened,
        "",
        "Open the alert: " + link,
        "",
        Disclaimer.TEXT);
  }
}
