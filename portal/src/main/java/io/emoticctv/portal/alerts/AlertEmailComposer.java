package io.emoticctv.portal.alerts;

import io.emoticctv.portal.web.EmailTemplates;
import jakarta.inject.Singleton;
import java.util.Map;

/** Writes an alert's email: plain text, and HTML from the {@code email/alert} template. */
@Singleton
final class AlertEmailComposer {
  private final EmailTemplates emails;

  AlertEmailComposer(EmailTemplates emails) {
    this.emails = emails;
  }

  AlertEmail compose(AlertFacts facts) {
    return new AlertEmail(facts.subject(), facts.text(), emails.html("alert", Map.of("alert", facts)));
  }
}
