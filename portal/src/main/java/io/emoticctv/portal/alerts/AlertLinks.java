package io.emoticctv.portal.alerts;

import io.emoticctv.portal.PortalSettings;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where an alert's page is, for links on pages and in emails. */
@Singleton
public final class AlertLinks {
  private final String publicBaseUrl;

  AlertLinks(PortalSettings settings) {
    this.publicBaseUrl = settings.publicBaseUrl();
  }

  /** {@code /alerts/view?id=...}: alert ids hold a slash, so they travel as a query value. */
  public static String path(String alertId) {
    return "/alerts/view?id=" + URLEncoder.encode(alertId, StandardCharsets.UTF_8);
  }

  public String absolute(String alertId) {
    return publicBaseUrl + path(alertId);
  }
}
