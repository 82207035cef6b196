package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An alert that arrives while the SMTP server is down is emailed once it is back. */
class AlertEmailRetryIT {
  private static PortalFixture portal;

  @BeforeAll
  static void startPortal() {
    portal = PortalFixture.start("portal_alert_retry");
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void anAlertWaitsForTheMailServer() throws Exception {
    long start = Instant.parse("2026-11-25T09:00:00Z").toEpochMilli();
    AlertRecord alert =
        TestAlerts.opened("cam-x",
            Emotion.DISGUST, Severity.MEDIUM, start, start + 30_000, 0.5, 3, "rule", "m");
    portal.stopMail();
    portal.produce(portal.alertsTopic, "cam-x", RecordCodec.ALERTS.encode(alert));
    Thread.sleep(1_500);
    portal.restartMail();

    PortalFixture.await("the alert's email after the outage", Duration.ofSeconds(20),
        () -> !portal.mail().receivedMessages().isEmpty());
    Thread.sleep(500);
    assertThat(portal.mail().receivedMessages()).hasSize(1);
    assertThat(portal.mail().receivedMessages().get(0).getSubject()).contains("sustained disgust at cam-x");
  }
}
