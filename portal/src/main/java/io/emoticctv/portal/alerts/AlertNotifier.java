package io.emoticctv.portal.alerts;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.cameras.CameraRepository;
import io.emoticctv.portal.kafka.RecordHandler;
import io.emoticctv.portal.users.UserAccount;
import io.emoticctv.portal.users.UserRepository;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails each alert of the {@code alerts} topic once to every enabled user who wants alert
 * emails. Works from the record alone: the job may store the alert's row before or after the
 * record reaches the portal.
 *
 * <p>The alert is claimed in {@code alert_notifications} before sending, so it is never emailed
 * twice. If no email at all could be sent (SMTP down), the claim is given back and the record
 * retried; if only some recipients failed, they are logged and not retried, since retrying would
 * email the others again.
 */
@Singleton
public final class AlertNotifier implements RecordHandler<AlertRecord> {
  private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);

  private final AlertNotificationRepository notifications;
  private final AlertRepository alerts;
  private final UserRepository users;
  private final CameraRepository cameras;
  private final AlertEmailComposer composer;
  private final AlertLinks links;
  private final DisplayTime time;
  private final EmailSender<?, ?> sender;

  AlertNotifier(
      AlertNotificationRepository notifications,
      AlertRepository alerts,
      UserRepository users,
      CameraRepository cameras,
      AlertEmailComposer composer,
      AlertLinks links,
      DisplayTime time,
      EmailSender<?, ?> sender) {
    this.notifications = notifications;
    this.alerts = alerts;
    this.users = users;
    this.cameras = cameras;
    this.composer = composer;
    this.links = links;
    this.time = time;
    this.sender = sender;
  }

  @Override
  public void handle(AlertRecord alert) {
    if (notifications.insertClaim(alert.alertId()) == 0) {
      LOG.debug("Alert {} was emailed before", alert.alertId());
      return;
    }
    List<UserAccount> recipients = users.findByEnabledAndAlertEmails(true, true);
    AlertEmail email =
        composer.compose(
            AlertFacts.of(
                alert,
                cameras.findById(alert.cameraId()).orElse(null),
                time,
                links.absolute(alert.alertId())));
    int sent = 0;
    RuntimeException lastFailure = null;
    for (UserAccount recipient : recipients) {
      try {
        sender.send(
            Email.builder()
                .to(recipient.email())
                .subject(email.subject())
                .body(new MultipartBody(email.html(), email.text())));
        sent++;
      } catch (RuntimeException e) {
        LOG.warn("Could not email alert {} to {}: {}", alert.alertId(), recipient.email(), e.toString());
        lastFailure = e;
      }
    }
    if (sent == 0 && lastFailure != null) {
      notifications.deleteClaim(alert.alertId());
      throw new IllegalStateException("no email of alert " + alert.alertId() + " could be sent", lastFailure);
    }
    alerts.updateEmailedAt(alert.alertId());
    LOG.info("Emailed alert {} to {} of {} recipients", alert.alertId(), sent, recipients.size());
  }
}
