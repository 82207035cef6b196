package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SMTP settings of the admin settings page against a real SMTP server: the portal starts
 * configured with a port nobody listens on, the admin sets the real server on the page, and the
 * test email and alert emails then arrive, from the sender address set there, without a restart.
 */
class SmtpSettingsIT {
  static final String PASSWORD = "Sm7p-secret-ninety-nine";
  static final String FROM = "alerts@site.example.test";
  private static PortalFixture portal;
  private static PortalSession admin;

  @BeforeAll
  static void startPortal() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    portal = PortalFixture.start("portal_smtp_settings", Map.of("javamail.properties.mail.smtp.port", closedPort));
    portal.insertCamera("cam-hall", "Hall", "Ground floor");
    admin = portal.session();
    admin.login(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void mailGoesThroughTheServerSetOnTheSettingsPageWithItsSender() throws Exception {
    HttpResponse<String> refused = admin.post("/admin/settings/test-email", "");
    assertThat(refused.statusCode()).isEqualTo(502);
    assertThat(refused.body()).contains("The test email was not sent: Couldn").contains("Connection refused")
        .doesNotContain("Exception").doesNotContain("at io.");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("deploymentPurpose", "RETAIL");
    form.put("windowsRetentionDays", "90");
    form.put("alertsRetentionDays", "365");
    form.put("auditRetentionDays", "730");
    form.put("attachmentsRetentionDays", "365");
    form.put("mapTileUrl", "");
    form.put("smtpHost", "127.0.0.1");
    form.put("smtpPort", "0");
    form.put("smtpSecurity", "NONE");
    form.put("smtpUsername", "relay-user");
    form.put("smtpPassword", PASSWORD);
    form.put("mailFrom", FROM);
    HttpResponse<String> badPort = admin.post("/admin/settings", PortalSession.form(form));
    assertThat(badPort.statusCode()).isEqualTo(400);
    assertThat(badPort.body()).contains("A port number from 1 to 65535").doesNotContain(PASSWORD);
    assertThat(portal.query("SELECT smtp_host || smtp_password FROM site_settings")).isEmpty();

    form.put("smtpPort", Integer.toString(portal.mail().smtpPort()));
    assertThat(admin.post("/admin/settings", PortalSession.form(form)).statusCode()).isEqualTo(303);
    assertThat(portal.query("SELECT smtp_password FROM site_settings")).isEqualTo(PASSWORD);
    String page = admin.get("/admin/settings").body();
    assertThat(page).contains("A password is stored").contains("relay-user").contains(FROM).doesNotContain(PASSWORD);

    // the stored login is used: the server knows no such user and says so
    HttpResponse<String> unknownUser = admin.post("/admin/settings/test-email", "");
    assertThat(unknownUser.statusCode()).isEqualTo(502);
    assertThat(unknownUser.body()).contains("The test email was not sent: 535").doesNotContain(PASSWORD);

    // an empty password field keeps the stored one; "remove" removes it
    form.put("smtpPassword", "");
    assertThat(admin.post("/admin/settings", PortalSession.form(form)).statusCode()).isEqualTo(303);
    assertThat(portal.query("SELECT smtp_password FROM site_settings")).isEqualTo(PASSWORD);
    form.put("smtpUsername", "");
    form.put("smtpPasswordRemove", "true");
    assertThat(admin.post("/admin/settings", PortalSession.form(form)).statusCode()).isEqualTo(303);
    assertThat(portal.query("SELECT smtp_password FROM site_settings")).isEmpty();
    assertThat(portal.query("SELECT string_agg(detail, ' | ' ORDER BY id) FROM audit_events WHERE action = 'settings.update'"))
        .contains("SMTP server 127.0.0.1:" + portal.mail().smtpPort() + " NONE")
        .contains("mail from " + FROM)
        .contains("SMTP password replaced")
        .contains("SMTP password removed")
        .doesNotContain(PASSWORD);

    HttpResponse<String> sent = admin.post("/admin/settings/test-email", "");
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Test email sent to " + PortalFixture.ADMIN_EMAIL);
    MimeMessage test = awaitMessage("EmotiCCTV test email");
    assertThat(test.getAllRecipients()[0].toString()).isEqualTo(PortalFixture.ADMIN_EMAIL);
    assertThat(test.getFrom()[0].toString()).contains(FROM);

    Instant start = Instant.parse("2026-11-25T10:00:00Z");
    AlertRecord alert = TestAlerts.opened("cam-hall", Emotion.ANGER, Severity.HIGH, start.toEpochMilli(),
        start.plusSeconds(30).toEpochMilli(), 0.7, 3, "sustained-anger", "fer-cnn-test");
    portal.produce(portal.alertsTopic, alert.cameraId(), RecordCodec.ALERTS.encode(alert));
    MimeMessage alertEmail = awaitMessage("sustained anger at Hall");
    assertThat(alertEmail.getFrom()[0].toString()).contains(FROM);
  }

  private static MimeMessage awaitMessage(String subjectPart) {
    MimeMessage[] found = new MimeMessage[1];
    PortalFixture.await("an email about " + subjectPart, Duration.ofSeconds(20), () -> {
      try {
        for (MimeMessage m : portal.mail().receivedMessages()) {
          if (m.getSubject().contains(subjectPart)) {
            found[0] = m;
            return true;
          }
        }
        return false;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return found[0];
  }
}
