package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alert storms end in one digest email, and cameras that stop delivering frames are emailed
 * about through the same channel, once per outage.
 */
class AlertDigestIT {
  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
  private static PortalFixture portal;

  @BeforeAll
  static void startPortal() throws Exception {
    portal =
        PortalFixture.start(
            "portal_digest",
            Map.of(
                "emoticctv.alert-emails.digest-after", 2,
                "emoticctv.alert-emails.digest-delay", "2s",
                "emoticctv.camera-health.alert-after", "5s"));
    portal.insertCamera("cam-a", "Platform A", "North");
    portal.insertCamera("cam-b", "Platform B", "South");
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aStormOfAlertsEndsInOneDigestListingTheRest() throws Exception {
    for (int i = 0; i < 5; i++) {
      AlertRecord alert =
          TestAlerts.opened("cam-a", Emotion.ANGER, Severity.HIGH, T0.plusSeconds(60L * i).toEpochMilli(),
              T0.plusSeconds(60L * i + 30).toEpochMilli(), 0.6, 3, "storm", "fer-cnn-test");
      portal.produce(portal.alertsTopic, "cam-a", RecordCodec.ALERTS.encode(alert));
    }
    PortalFixture.await("the digest", Duration.ofSeconds(30), () -> !subjects("more alerts").isEmpty());

    assertThat(subjects("sustained anger at Platform A")).as("the first two, one by one").hasSize(2);
    List<MimeMessage> digests = subjects("more alerts");
    assertThat(digests).hasSize(1);
    assertThat(digests.get(0).getSubject()).isEqualTo("[EmotiCCTV] 3 more alerts");
    String text = AlertEmailIT.part(digests.get(0), "text/plain");
    assertThat(text.split("HIGH: sustained anger at Platform A", -1)).hasSize(4);
    assertThat(text).contains("http://portal.example.test/alerts/view?id=storm%2Fcam-a%2F" + T0.plusSeconds(240).toEpochMilli());
  }

  @Test
  void aCameraFrozenLongerThanTheGracePeriodIsEmailedAboutOnceToWhoWantsOutages() throws Exception {
    // outage emails are a preference of their own, apart from alert emails
    portal.execute("UPDATE users SET outage_emails = false WHERE email = '" + PortalFixture.ADMIN_EMAIL + "'");
    portal.insertUser("watch@emoticctv.test", "VIEWER", false);
    portal.execute("UPDATE users SET outage_emails = true WHERE email = 'watch@emoticctv.test'");
    long now = System.currentTimeMillis();
    CameraStatus frozen =
        new CameraStatus(CameraStatus.SCHEMA_VERSION, "cam-b", now, CameraState.ONLINE, 25, 5, 1, 0, 0, Map.of(),
            now - 60_000, null);
    portal.produce(portal.statusTopic, "cam-b", RecordCodec.CAMERA_STATUS.encode(frozen));
    PortalFixture.await("the health alert", Duration.ofSeconds(20), () -> !subjects("Camera Platform B").isEmpty());
    Thread.sleep(2500); // a few more checks of the same outage
    List<MimeMessage> emails = subjects("Camera Platform B");
    assertThat(emails).hasSize(1);
    assertThat(emails.get(0).getSubject()).isEqualTo("[EmotiCCTV] Camera Platform B is frozen");
    assertThat(emails.get(0).getAllRecipients()[0].toString()).isEqualTo("watch@emoticctv.test");
    assertThat(AlertEmailIT.part(emails.get(0), "text/plain"))
        .contains("Platform B (cam-b) is frozen")
        .contains("http://portal.example.test/cameras/cam-b");
    assertThat(subjects("Camera Platform A")).as("a camera that never reported is not set up yet").isEmpty();
  }

  private static List<MimeMessage> subjects(String part) {
    return portal.mail().receivedMessages().stream()
        .filter(m -> {
          try {
            return m.getSubject().contains(part);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }
}
