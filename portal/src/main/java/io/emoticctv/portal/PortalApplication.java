package io.emoticctv.portal;

import io.micronaut.runtime.Micronaut;

/**
 * The EmotiCCTV portal: login, camera list, live camera dashboards, alerts and alert emails.
 *
 * <p>Config keys (application.yml documents each and the environment variable behind it):
 * {@code micronaut.server.port}, {@code datasources.default.url|username|password},
 * {@code javamail.properties.mail.smtp.host|port}, {@code micronaut.email.from.email},
 * {@code emoticctv.portal.public-base-url|display-time-zone|camera-offline-after|trend-span},
 * {@code emoticctv.kafka.bootstrap-servers|group-id-prefix|emotion-windows-topic|camera-status-topic|alerts-topic|cameras-topic|rules-topic|camera-probes-topic|camera-probe-results-topic|previews-topic|track-emotions-topic},
 * {@code emoticctv.admin.email|password}, {@code emoticctv.accounts.sign-up|reset-link-validity},
 * {@code emoticctv.camera-health.frozen-after|low-fps-ratio|alert-after|check-every},
 * {@code emoticctv.alert-emails.digest-after|digest-window|digest-delay|digest-check-every},
 * {@code emoticctv.camera-probe.timeout}, {@code emoticctv.map.tile-url|attribution},
 * {@code emoticctv.live-wall.uncertain-below|preview-interval},
 * {@code emoticctv.security.max-failed-logins-per-account|max-failed-logins-per-address|failure-window|lockout}.
 */
public final class PortalApplication {
  private PortalApplication() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(PortalApplication.class).banner(false).start();
  }
}
