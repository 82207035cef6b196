package io.emoticctv.portal.notifications;

import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.users.UserAccount;
import io.emoticctv.portal.users.UserRepository;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one channel of alert emails, HTML and text, to every enabled user who asked for them and is
 * not in their quiet hours: an emotion alert to those who want alerts of its severity, a digest of
 * held alerts to everyone who wants alert emails (a storm is worth knowing of whatever its
 * alerts' severities), a camera outage to those who want outage emails.
 */
@Singleton
public final class SubscriberMail {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriberMail.class);

  private final UserRepository users;
  private final EmailSender<?, ?> sender;
  private final DisplayTime time;
  private final Clock clock = Clock.systemUTC();

  SubscriberMail(UserRepository users, EmailSender<?, ?> sender, DisplayTime time) {
    this.users = users;
    this.sender = sender;
    this.time = time;
  }

  /** The result of one email to all subscribers. */
  public record Sent(int sent, int recipients) {}

  /** An emotion alert of {@code severity}; see {@link #send}. */
  public Sent sendAlert(Severity severity, String subject, String html, String text) {
    return send(users.findByEnabledAndAlertEmails(true, true).stream().filter(u -> u.wantsAlert(severity)).toList(),
        subject, html, text);
  }

  /** A digest of alerts held in a storm; see {@link #send}. */
  public Sent sendDigest(String subject, String html, String text) {
    return send(users.findByEnabledAndAlertEmails(true, true), subject, html, text);
  }

  /** A camera outage; see {@link #send}. */
  public Sent sendOutage(String subject, String html, String text) {
    return send(users.findByEnabledAndOutageEmails(true, true), subject, html, text);
  }

  /**
   * Sends to every subscriber now awake. Recipients that fail are logged and not retried, since
   * retrying would email the others again.
   *
   * @throws IllegalStateException when there were recipients but no email at all went out (SMTP
   *     down), so the caller can retry later
   */
  private Sent send(List<UserAccount> subscribers, String subject, String html, String text) {
    LocalTime now = LocalTime.ofInstant(clock.instant(), time.zone());
    List<UserAccount> recipients = subscribers.stream().filter(u -> !u.quietHours().covers(now)).toList();
    int sent = 0;
    RuntimeException lastFailure = null;
    for (UserAccount recipient : recipients) {
      try {
        sender.send(Email.builder().to(recipient.email()).subject(subject).body(new MultipartBody(html, text)));
        sent++;
      } catch (RuntimeException e) {
        LOG.warn("Could not email '{}' to {}: {}", subject, recipient.email(), e.toString());
        lastFailure = e;
      }
    }
    if (sent == 0 && lastFailure != null) {
      throw new IllegalStateException("no email of '" + subject + "' could be sent", lastFailure);
    }
    return new Sent(sent, recipients.size());
  }
}
