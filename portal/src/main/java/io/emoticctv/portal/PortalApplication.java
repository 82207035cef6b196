package io.emoticctv.portal;

import io.micronaut.runtime.Micronaut;

/**
 * The EmotiCCTV portal: login, camera list, live camera dashboards, alerts and alert emails.
 *
 * <p>Config keys (application.yml documents each and the environment variable behind it):
 * {@code micronaut.server.port}, {@code datasources.default.url|username|password},
 * {@code javamail.properties.mail.smtp.host|port}, {@code micronaut.email.from.email},
 * {@code emoticctv.portal.public-base-url|display-time-zone|camera-offline-after|trend-span},
 * {@code emoticctv.kafka.bootstrap-servers|group-id-prefix|emotion-windows-topic|camera-status-topic|alerts-topic|cameras-topic},
 * {@code emoticctv.admin.email|password},
 * {@code emoticctv.security.max-failed-logins-per-account|max-failed-logins-per-address|failure-window|lockout}.
 */
public final class PortalApplication {
  private PortalApplication() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(PortalApplication.class).banner(false).start();
  }
}
