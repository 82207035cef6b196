package io.emoticctv.portal.admin;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Checks the settings form: every field is required and bounded; the first error per field is kept. */
final class SiteSettingsForm {
  static final int MAX_DAYS = 3650;

  private SiteSettingsForm() {}

  /** The checked settings, or the errors by field name. */
  record Checked(SiteSettings settings, Map<String, String> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  static Checked check(Map<String, String> form, String who, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    DeploymentPurpose purpose = null;
    try {
      purpose = DeploymentPurpose.valueOf(Objects.toString(form.get("deploymentPurpose"), ""));
    } catch (IllegalArgumentException e) {
      errors.put("deploymentPurpose", "Choose one of the listed site types.");
    }
    int windows = days(form, "windowsRetentionDays", errors);
    int alerts = days(form, "alertsRetentionDays", errors);
    int audit = days(form, "auditRetentionDays", errors);
    int attachments = days(form, "attachmentsRetentionDays", errors);
    String tiles = Objects.toString(form.get("mapTileUrl"), "").strip();
    if (!tiles.isEmpty() && !validTileUrl(tiles)) {
      errors.put("mapTileUrl", "Give an https URL with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png, or leave it empty.");
    }
    boolean blur = "true".equals(form.get("privacyBlurDefault"));
    SiteSettings settings = errors.isEmpty() ? new SiteSettings(1, purpose, windows, alerts, audit, attachments, blur, tiles, now, who) : null;
    return new Checked(settings, errors);
  }

  private static int days(Map<String, String> form, String field, Map<String, String> errors) {
    try {
      int days = Integer.parseInt(Objects.toString(form.get(field), "").strip());
      if (days >= 1 && days <= MAX_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.put(field, "A whole number of days from 1 to " + MAX_DAYS + ".");
    return 0;
  }

  static boolean validTileUrl(String url) {
    if (url.length() > 500 || !url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
      return false;
    }
    try {
      URI uri = URI.create(url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{s}", "a"));
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
