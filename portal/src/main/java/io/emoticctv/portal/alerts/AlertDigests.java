package io.emoticctv.portal.alerts;

import io.emoticctv.portal.notifications.AlertEmailSettings;
import io.emoticctv.portal.notifications.DigestPolicy;
import io.emoticctv.portal.notifications.SubscriberMail;
import io.emoticctv.portal.web.Disclaimer;
import io.emoticctv.portal.web.EmailTemplates;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the alerts held in a storm as one digest email, once the oldest of them has waited
 * {@code emoticctv.alert-emails.digest-delay}. When no email could be sent the alerts stay held
 * and go out with the next try.
 */
@Singleton
final class AlertDigests {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDigests.class);

  private final AlertNotificationRepository notifications;
  private final SubscriberMail mail;
  private final AlertEmailSettings settings;
  private final EmailTemplates emails;
  private final Clock clock = Clock.systemUTC();

  AlertDigests(
      AlertNotificationRepository notifications,
      SubscriberMail mail,
      AlertEmailSettings settings,
      EmailTemplates emails) {
    this.notifications = notifications;
    this.mail = mail;
    this.settings = settings;
    this.emails = emails;
  }

  @Scheduled(
      fixedDelay = "${emoticctv.alert-emails.digest-check-every}",
      initialDelay = "${emoticctv.alert-emails.digest-check-every}")
  void sendDue() {
    List<AlertNotificationRepository.HeldAlert> held = notifications.findHeld();
    if (held.isEmpty() || !DigestPolicy.due(held.get(0).sentAt(), clock.instant(), settings.digestDelay())) {
      return;
    }
    String subject = "[EmotiCCTV] " + held.size() + " more alerts";
    List<String> lines = new ArrayList<>();
    lines.add(held.size() + " more alerts opened while many alerts were coming in:");
    lines.add("");
    for (AlertNotificationRepository.HeldAlert alert : held) {
      lines.add("- " + alert.summary());
      lines.add("  " + alert.link());
    }
    lines.add("");
    lines.add(Disclaimer.TEXT);
    String html = emails.html("digest", Map.of("alerts", held));
    try {
      SubscriberMail.Sent sent = mail.sendDigest(subject, html, String.join("\n", lines));
      held.forEach(a -> notifications.markDigested(a.alertId()));
      LOG.info("Emailed a digest of {} alerts to {} of {} recipients", held.size(), sent.sent(), sent.recipients());
    } catch (IllegalStateException e) {
      LOG.warn("Could not email the digest of {} alerts; trying again later: {}", held.size(), e.toString());
    }
  }
}
