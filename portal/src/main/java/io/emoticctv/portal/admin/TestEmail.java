package io.emoticctv.portal.admin;

import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sends a test email to an admin through the mail settings in force, and says what went wrong. */
@Singleton
class TestEmail {
  private final EmailSender<?, ?> mail;
  private final AuditTrail audit;

  TestEmail(EmailSender<?, ?> mail, AuditTrail audit) {
    this.mail = mail;
    this.audit = audit;
  }

  /** Sends the test email to {@code admin}; empty when the SMTP server took it, else why not. */
  Optional<String> send(String admin) {
    try {
      mail.send(Email.builder()
          .to(admin)
          .subject("EmotiCCTV test email")
          .body("This is a test email from the EmotiCCTV portal's settings page. Alert emails will be sent the same way.\n"));
    } catch (EmailException e) {
      String reason = reason(e);
      audit.record(admin, "settings.test-email", admin, "failed: " + reason);
      return Optional.of(reason);
    }
    audit.record(admin, "settings.test-email", admin, "sent");
    return Optional.empty();
  }

  /**
   * The messages of {@code e}'s causes, outermost first, without exception class names or the
   * mail library's "nested exception" repetitions, e.g. "Couldn't connect to host, port:
   * smtp.example.org, 25; timeout 10000: Connection refused".
   */
  static String reason(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message == null || (t instanceof EmailException && t.getCause() != null)) {
        continue;
      }
      int nested = message.indexOf(";\n  nested exception is");
      message = (nested < 0 ? message : message.substring(0, nested)).strip();
      if (!message.isEmpty() && !parts.contains(message)) {
        parts.add(message);
      }
    }
    return parts.isEmpty() ? "the mail library gave no reason (" + e.getClass().getSimpleName() + ")" : String.join(": ", parts);
  }
}
