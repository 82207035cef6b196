package io.emoticctv.portal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The add/edit form of a webhook, checked field by field. */
final class WebhookForm {
  static final int MAX_NAME = 100;
  static final int MAX_URL = 2000;
  static final int MIN_SECRET = 16;
  static final int MAX_SECRET = 200;

  private WebhookForm() {}

  /**
   * What the form asks to store.
   *
   * @param secret the new secret, or empty to keep the stored one (editing only)
   */
  record Submitted(
      String name, String url, WebhookFormat format, String secret, boolean emotionAlerts, boolean cameraOutages, boolean enabled) {}

  /** The submitted values (to show the form again), errors by field, and what to store when none. */
  record Checked(Map<String, String> values, Map<String, String> errors, Submitted submitted) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  /** The form's values of a stored webhook; the secret field starts empty, it is never shown. */
  static Map<String, String> values(Webhook w) {
    Map<String, String> values = new HashMap<>();
    values.put("name", w.name());
    values.put("url", w.url());
    values.put("format", w.format().name());
    values.put("emotionAlerts", Boolean.toString(w.emotionAlerts()));
    values.put("cameraOutages", Boolean.toString(w.cameraOutages()));
    values.put("enabled", Boolean.toString(w.enabled()));
    return values;
  }

  /** @param creating a new webhook needs a secret; an edit keeps the stored one when left empty */
  static Checked check(Map<String, String> form, boolean creating) {
    Map<String, String> values = new HashMap<>();
    Map<String, String> errors = new HashMap<>();
    String name = text(form, "name");
    String url = text(form, "url");
    String formatName = text(form, "format").toUpperCase(Locale.ROOT);
    String secret = Objects.toString(form.get("secret"), "");
    boolean emotionAlerts = checked(form, "emotionAlerts");
    boolean cameraOutages = checked(form, "cameraOutages");
    boolean enabled = checked(form, "enabled");
    values.put("name", name);
    values.put("url", url);
    values.put("format", formatName);
    values.put("emotionAlerts", Boolean.toString(emotionAlerts));
    values.put("cameraOutages", Boolean.toString(cameraOutages));
    values.put("enabled", Boolean.toString(enabled));
    if (name.isEmpty() || name.length() > MAX_NAME) {
      errors.put("name", "Give a name of 1 to " + MAX_NAME + " characters.");
    }
    String urlProblem = urlProblem(url);
    if (urlProblem != null) {
      errors.put("url", urlProblem);
    }
    WebhookFormat format = null;
    try {
      format = WebhookFormat.valueOf(formatName);
    } catch (IllegalArgumentException unknown) {
      errors.put("format", "Unknown format: choose generic JSON or Slack-compatible.");
    }
    if ((creating || !secret.isEmpty()) && (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)) {
      errors.put("secret", "Give a secret of " + MIN_SECRET + " to " + MAX_SECRET + " characters; the receiver checks each delivery's signature with it.");
    }
    if (!emotionAlerts && !cameraOutages) {
      errors.put("events", "Choose at least one kind of event.");
    }
    return new Checked(values, errors, new Submitted(name, url, format, secret, emotionAlerts, cameraOutages, enabled));
  }

  /** Why {@code url} cannot be a webhook's endpoint, or null when it can. */
  static String urlProblem(String url) {
    String problem = "Give an http:// or https:// URL of at most " + MAX_URL + " characters, e.g. https://hooks.example.com/emoticctv.";
    if (url.isEmpty() || url.length() > MAX_URL) {
      return problem;
    }
    try {
      URI uri = new URI(url);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getUserInfo() != null) {
        return problem;
      }
    } catch (URISyntaxException e) {
      return problem;
    }
    return null;
  }

  private static String text(Map<String, String> form, String field) {
    return Objects.toString(form.get(field), "").strip();
  }

  private static boolean checked(Map<String, String> form, String field) {
    String value = form.get(field);
    return "true".equals(value) || "on".equals(value);
  }
}
