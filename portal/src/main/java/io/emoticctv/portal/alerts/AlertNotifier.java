package io.emoticctv.portal.alerts;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.admin.DeploymentPurpose;
import io.emoticctv.portal.admin.SiteSettingsService;
import io.emoticctv.portal.cameras.CameraRepository;
import io.emoticctv.portal.kafka.RecordHandler;
import io.emoticctv.portal.notifications.AlertEmailSettings;
import io.emoticctv.portal.notifications.DigestPolicy;
import io.emoticctv.portal.notifications.SubscriberMail;
import io.emoticctv.portal.webhooks.WebhookEvent;
import io.emoticctv.portal.webhooks.WebhookEventType;
import io.emoticctv.portal.webhooks.WebhookOutbox;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifies each alert episode of the {@code alerts} topic once, when it opens: the webhooks that
 * want emotion alerts get a delivery ({@link WebhookOutbox}), and every enabled user who wants
 * alert emails of its severity and is not in their quiet hours an email; the episode's UPDATED
 * and RESOLVED records notify no one. Works from the record alone: the job may store the alert's
 * row before or after the record reaches the portal.
 *
 * <p>The alert is claimed in {@code alert_notifications} before sending, so it is never emailed
 * twice. If no email at all could be sent (SMTP down), the claim is given back and the record
 * retried ({@link SubscriberMail} says who gets it: each user chooses the least severity). In a
 * storm (more than {@code emoticctv.alert-emails.digest-after} alerts within the digest window)
 * further alerts are held for one digest email instead ({@link AlertDigests}). A site whose declared purpose forbids emotion
 * alerts (workplace, education) gets neither ({@link DeploymentPurpose#LEGAL_REASON}).
 */
@Singleton
public final class AlertNotifier implements RecordHandler<AlertRecord> {
  private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);

  private final AlertNotificationRepository notifications;
  private final AlertRepository alerts;
  private final CameraRepository cameras;
  private final AlertEmailComposer composer;
  private final AlertLinks links;
  private final DisplayTime time;
  private final SubscriberMail mail;
  private final AlertEmailSettings emailSettings;
  private final SiteSettingsService site;
  private final WebhookOutbox webhooks;
  private final Clock clock = Clock.systemUTC();

  AlertNotifier(
      AlertNotificationRepository notifications,
      AlertRepository alerts,
      CameraRepository cameras,
      AlertEmailComposer composer,
      AlertLinks links,
      DisplayTime time,
      SubscriberMail mail,
      AlertEmailSettings emailSettings,
      SiteSettingsService site,
      WebhookOutbox webhooks) {
    this.notifications = notifications;
    this.alerts = alerts;
    this.cameras = cameras;
    this.composer = composer;
    this.links = links;
    this.time = time;
    this.mail = mail;
    this.emailSettings = emailSettings;
    this.site = site;
    this.webhooks = webhooks;
  }

  @Override
  public void handle(AlertRecord alert) {
    if (alert.phase() != AlertPhase.OPENED) {
      return;
    }
    if (!site.emotionAlertsAllowed()) {
      LOG.warn("Alert {} not notified. {}", alert.alertId(), DeploymentPurpose.LEGAL_REASON);
      return;
    }
    AlertFacts facts =
        AlertFacts.of(alert, cameras.findById(alert.cameraId()).orElse(null), time, links.absolute(alert.alertId()));
    webhooks.publish(
        new WebhookEvent(
            WebhookEventType.ALERT_OPENED, alert.alertId(), facts.headline(), facts.link(), Instant.ofEpochMilli(alert.openedAt()), facts.fields()));
    if (notifications.insertClaim(alert.alertId()) == 0) {
      LOG.debug("Alert {} was emailed before", alert.alertId());
      return;
    }
    if (DigestPolicy.holdForDigest(
        notifications.countClaimedSince(clock.instant().minus(emailSettings.digestWindow()), alert.alertId()),
        emailSettings.digestAfter())) {
      notifications.holdForDigest(alert.alertId(), facts.headline() + " (since " + facts.since() + ")", facts.link());
      LOG.info("Held alert {} for the next digest email", alert.alertId());
      return;
    }
    AlertEmail email = composer.compose(facts);
    SubscriberMail.Sent sent;
    try {
      sent = mail.sendAlert(alert.severity(), email.subject(), email.html(), email.text());
    } catch (IllegalStateException e) {
      notifications.deleteClaim(alert.alertId());
      throw e;
    }
    alerts.updateEmailedAt(alert.alertId());
    LOG.info("Emailed alert {} to {} of {} recipients", alert.alertId(), sent.sent(), sent.recipients());
  }
}
