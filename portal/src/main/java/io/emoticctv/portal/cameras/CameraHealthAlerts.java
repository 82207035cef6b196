package io.emoticctv.portal.cameras;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.notifications.SubscriberMail;
import io.emoticctv.portal.web.Disclaimer;
import io.emoticctv.portal.web.EmailTemplates;
import io.emoticctv.portal.webhooks.WebhookEvent;
import io.emoticctv.portal.webhooks.WebhookEventType;
import io.emoticctv.portal.webhooks.WebhookOutbox;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a health alert, through the same channels as emotion alerts (webhooks and email), when an
 * enabled camera has been offline or frozen for longer than {@code
 * emoticctv.camera-health.alert-after}; once per outage. Cameras that never reported are not set
 * up yet, and left alone.
 */
@Singleton
final class CameraHealthAlerts {
  private static final Logger LOG = LoggerFactory.getLogger(CameraHealthAlerts.class);

  private final CameraRepository cameras;
  private final CameraStatusRepository statuses;
  private final CameraHealthAlertRepository claims;
  private final SubscriberMail mail;
  private final PortalSettings portal;
  private final CameraHealthSettings health;
  private final DisplayTime time;
  private final EmailTemplates emails;
  private final WebhookOutbox webhooks;
  private final Clock clock = Clock.systemUTC();

  CameraHealthAlerts(
      CameraRepository cameras,
      CameraStatusRepository statuses,
      CameraHealthAlertRepository claims,
      SubscriberMail mail,
      PortalSettings portal,
      CameraHealthSettings health,
      DisplayTime time,
      EmailTemplates emails,
      WebhookOutbox webhooks) {
    this.cameras = cameras;
    this.statuses = statuses;
    this.claims = claims;
    this.mail = mail;
    this.portal = portal;
    this.health = health;
    this.time = time;
    this.emails = emails;
    this.webhooks = webhooks;
  }

  @Scheduled(fixedDelay = "${emoticctv.camera-health.check-every}", initialDelay = "${emoticctv.camera-health.check-every}")
  void check() {
    Map<String, CameraStatusRow> statusById =
        statuses.findAll().stream().collect(Collectors.toMap(CameraStatusRow::cameraId, Function.identity()));
    Instant now = clock.instant();
    for (Camera camera : cameras.listOrderByName()) {
      CameraStatusRow status = statusById.get(camera.id());
      if (!camera.enabled() || status == null) {
        continue;
      }
      CameraLink link = CameraLink.of(status, camera.analysisFps(), now, portal.cameraOfflineAfter(), health);
      Instant since = CameraOutage.alertableSince(link, status, now, health.alertAfter());
      if (since != null && claims.insertClaim(camera.id(), since, link.name()) == 1) {
        try {
          sendOutageAlert(camera, link, since, now);
        } catch (RuntimeException e) {
          claims.deleteClaim(camera.id(), since);
          LOG.warn("Could not send the outage of camera {}; trying again later: {}", camera.id(), e.toString());
        }
      }
    }
  }

  /** Webhooks first: their deliveries are kept once per outage, so a retry after a failed email adds none. */
  private void sendOutageAlert(Camera camera, CameraLink link, Instant since, Instant now) {
    String headline = "Camera " + camera.name() + " is " + link.label();
    String lasting = Duration.between(since, now).toMinutes() + " min";
    String url = portal.publicBaseUrl() + "/cameras/" + camera.id();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("cameraId", camera.id());
    data.put("camera", camera.name());
    data.put("location", camera.location());
    data.put("state", link.label());
    data.put("lastFrame", since.toString());
    data.put("link", url);
    webhooks.publish(
        new WebhookEvent(WebhookEventType.CAMERA_OUTAGE, camera.id() + "@" + since.toEpochMilli(), headline, url, now, data));
    String subject = "[EmotiCCTV] " + headline;
    String text =
        String.join(
            "\n",
            "Camera " + camera.name() + " (" + camera.id() + ") is " + link.label() + ".",
            "",
            "Location:   " + (camera.location().isBlank() ? "—" : camera.location()),
            "Last frame: " + time.dateTime(since) + " (" + lasting + " ago)",
            "",
            "No expressions are analysed at this camera until it is back.",
            "Open the camera: " + url,
            "",
            Disclaimer.TEXT);
    Map<String, Object> model = new HashMap<>();
    model.put("camera", camera);
    model.put("state", link.label());
    model.put("since", time.dateTime(since));
    model.put("lasting", lasting);
    model.put("link", url);
    SubscriberMail.Sent sent = mail.sendOutage(subject, emails.html("camera-health", model), text);
    LOG.info("Emailed the outage of camera {} ({}) to {} of {} recipients", camera.id(), link, sent.sent(), sent.recipients());
  }
}
