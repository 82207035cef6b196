package io.emoticctv.portal.alerts;

import io.emoticctv.portal.web.Disclaimer;
import io.micronaut.core.io.Writable;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Writes an alert's email: plain text, and HTML from the {@code email/alert} template. */
@Singleton
final class AlertEmailComposer {
  private final ThymeleafViewsRenderer<Map<String, Object>> views;

  AlertEmailComposer(ThymeleafViewsRenderer<Map<String, Object>> views) {
    this.views = views;
  }

  AlertEmail compose(AlertFacts facts) {
    Map<String, Object> model = new HashMap<>();
    model.put("alert", facts);
    model.put("disclaimer", Disclaimer.TEXT);
    Writable html = views.render("email/alert", model, null);
    StringWriter out = new StringWriter();
    try {
      html.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AlertEmail(facts.subject(), facts.text(), out.toString());
  }
}
