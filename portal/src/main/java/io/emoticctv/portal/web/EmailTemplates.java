package io.emoticctv.portal.web;

import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Renders the HTML part of an email from its template under {@code views/email}, with the disclaimer. */
@Singleton
public final class EmailTemplates {
  private final ThymeleafViewsRenderer<Map<String, Object>> views;

  EmailTemplates(ThymeleafViewsRenderer<Map<String, Object>> views) {
    this.views = views;
  }

  /** @param template the template's name below {@code email/}, such as {@code alert} */
  public String html(String template, Map<String, Object> model) {
    Map<String, Object> withDisclaimer = new HashMap<>(model);
    withDisclaimer.put("disclaimer", Disclaimer.TEXT);
    StringWriter out = new StringWriter();
    try {
      views.render("email/" + template, withDisclaimer, null).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
