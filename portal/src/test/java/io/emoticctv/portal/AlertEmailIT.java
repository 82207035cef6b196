package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.alerts.AlertLinks;
import io.emoticctv.portal.web.Disclaimer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlertEmailIT {
  static final String CAMERA = "cam-gate";
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static PortalFixture portal;

  @BeforeAll
  static void startPortal() throws Exception {
    portal = PortalFixture.start("portal_alert_email");
    portal.insertCamera(CAMERA, "Gate 3", "North car park");
    portal.insertUser("operator@emoticctv.test", "OPERATOR", true);
    portal.insertUser("viewer@emoticctv.test", "VIEWER", false);
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  static AlertRecord alert(Instant firstWindowStart, Emotion emotion, Severity severity) {
    return TestAlerts.opened(CAMERA,
        emotion,
        severity,
        firstWindowStart.toEpochMilli(),
        firstWindowStart.plusSeconds(30).toEpochMilli(),
        0.64,
        3,
        "sustained-anger",
        "fer-cnn-test");
  }

  void produce(AlertRecord alert) {
    portal.produce(portal.alertsTopic, alert.cameraId(), RecordCodec.ALERTS.encode(alert));
  }

  static List<MimeMessage> messagesAbout(String subjectPart) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : portal.mail().receivedMessages()) {
      if (m.getSubject().contains(subjectPart)) {
        found.add(m);
      }
    }
    return found;
  }

  static void awaitMessages(String subjectPart, int count) {
    PortalFixture.await(
        count + " emails about " + subjectPart,
        Duration.ofSeconds(20),
        () -> {
          try {
            return messagesAbout(subjectPart).size() >= count;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void eachAlertIsEmailedOnceToEveryoneWhoWantsAlertEmails() throws Exception {
    AlertRecord anger = alert(T0, Emotion.ANGER, Severity.HIGH);
    produce(anger);
    awaitMessages("sustained anger at Gate 3", 2);

    // The same alert again (a redelivery or replay), a record that is no alert at all, and a
    // later alert on the same key: once the later alert's emails are in, the portal has
    // handled everything produced before it.
    produce(anger);
    portal.produce(portal.alertsTopic, CAMERA, "{not json".getBytes(StandardCharsets.UTF_8));
    AlertRecord fear = alert(T0.plusSeconds(600), Emotion.FEAR, Severity.MEDIUM);
    produce(fear);
    awaitMessages("sustained fear at Gate 3", 2);

    List<MimeMessage> angerEmails = messagesAbout("sustained anger at Gate 3");
    assertThat(angerEmails).hasSize(2);
    assertThat(recipients(angerEmails))
        .containsExactlyInAnyOrder(PortalFixture.ADMIN_EMAIL, "operator@emoticctv.test");

    MimeMessage email = angerEmails.get(0);
    assertThat(email.getSubject()).isEqualTo("[EmotiCCTV] HIGH: sustained anger at Gate 3 (North car park)");
    assertThat(email.getFrom()[0].toString()).contains("emoticctv@localhost");
    String link = "http://portal.example.test" + AlertLinks.path(anger.alertId());
    String text = part(email, "text/plain");
    assertThat(text)
        .contains("Gate 3")
        .contains("North car park")
        .contains("Anger")
        .contains("HIGH")
        .contains("64%")
        .contains("2026-11-25 10:00:00 UTC")
        .contains(link)
        .contains(Disclaimer.TEXT);
    String html = part(email, "text/html");
    assertThat(html).contains("Gate 3").contains("North car park").contains("href=\"" + link + "\"");

    assertThat(portal.query("SELECT string_agg(alert_id, ',' ORDER BY alert_id) FROM alert_notifications"
            + " WHERE alert_id LIKE '%/" + CAMERA + "/%'"))
        .isEqualTo(anger.alertId() + "," + fear.alertId());
  }

  @Test
  void onlyOpeningAnEpisodeEmailsAndQuietHoursAreRespected() throws Exception {
    // quiet from two hours ago to two hours ahead, in the portal's display zone (UTC)
    int minute = LocalTime.now(ZoneOffset.UTC).get(ChronoField.MINUTE_OF_DAY);
    portal.insertUser("sleeper@emoticctv.test", "OPERATOR", true);
    portal.execute("UPDATE users SET quiet_from_minute = " + Math.floorMod(minute - 120, 1440)
        + ", quiet_until_minute = " + Math.floorMod(minute + 120, 1440) + " WHERE email = 'sleeper@emoticctv.test'");
    AlertRecord disgust = alert(T0.plusSeconds(7200), Emotion.DISGUST, Severity.MEDIUM);
    AlertRecord updated = withPhase(disgust, AlertPhase.UPDATED);
    AlertRecord resolved = withPhase(disgust, AlertPhase.RESOLVED);
    produce(updated);
    produce(resolved);
    AlertRecord surprise = alert(T0.plusSeconds(9000), Emotion.SURPRISE, Severity.LOW);
    produce(surprise);
    awaitMessages("sustained surprise at Gate 3", 2);

    assertThat(messagesAbout("sustained disgust")).as("updates and resolutions never email").isEmpty();
    assertThat(recipients(messagesAbout("sustained surprise")))
        .containsExactlyInAnyOrder(PortalFixture.ADMIN_EMAIL, "operator@emoticctv.test");
  }

  @Test
  void eachUserIsEmailedTheAlertsOfTheSeveritiesTheyChose() throws Exception {
    portal.insertCamera("cam-dock", "Dock 9", "Harbour");
    portal.insertUser("chief@emoticctv.test", "ADMIN", true);
    portal.execute("UPDATE users SET alert_min_severity = 'CRITICAL' WHERE email = 'chief@emoticctv.test'");
    long first = T0.plusSeconds(20_000).toEpochMilli();
    produce(TestAlerts.opened("cam-dock", Emotion.FEAR, Severity.HIGH, first, first + 30_000, 0.7, 3, "dock", "fer-cnn-test"));
    produce(TestAlerts.opened("cam-dock", Emotion.ANGER, Severity.CRITICAL, first + 60_000, first + 90_000, 0.8, 3, "dock",
        "fer-cnn-test"));
    awaitMessages("sustained anger at Dock 9", 3); // same key: the fear alert was handled before

    assertThat(recipients(messagesAbout("sustained anger at Dock 9")))
        .containsExactlyInAnyOrder(PortalFixture.ADMIN_EMAIL, "operator@emoticctv.test", "chief@emoticctv.test");
    assertThat(recipients(messagesAbout("sustained fear at Dock 9")))
        .as("below the chief's severity").containsExactlyInAnyOrder(PortalFixture.ADMIN_EMAIL, "operator@emoticctv.test");
  }

  static AlertRecord withPhase(AlertRecord a, AlertPhase phase) {
    return new AlertRecord(a.v(), a.alertId(), phase, a.cameraId(), a.zone(), a.emotion(), a.severity(),
        a.firstWindowStart(), a.openedAt(), a.updatedAt() + 10_000,
        phase == AlertPhase.RESOLVED ? a.updatedAt() + 10_000 : 0, a.peakShare(), a.lastShare(),
        a.windows() + 1, a.cameras(), a.ruleId(), a.ruleVersion(), a.rule(), a.ruleKind(), a.model(),
        a.modelSha256());
  }

  @Test
  void anAlertStoredAfterItsEmailShowsOnTheAlertsPage() throws Exception {
    AlertRecord sadness = alert(T0.plusSeconds(3600), Emotion.SADNESS, Severity.LOW);
    produce(sadness);
    awaitMessages("sustained sadness at Gate 3", 2);

    portal.insertAlert(sadness);
    PortalSession session = portal.session();
    session.login(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
    String alerts = session.get("/alerts").body();
    assertThat(alerts).contains("Gate 3").contains("North car park").contains("Sadness").contains("LOW").contains("64%");
    String detail = session.get(AlertLinks.path(sadness.alertId())).body();
    assertThat(detail).contains("Sustained").contains("sadness").contains("Gate 3").contains("sustained-anger");
  }

  @Test
  void anEducationSiteGetsNoEmotionAlertEmailsAndEveryPageSaysWhy() throws Exception {
    setDeploymentPurpose("EDUCATION");
    try {
      produce(alert(T0.plusSeconds(12_000), Emotion.NEUTRAL, Severity.HIGH));
      portal.awaitHandled("alerts", portal.alertsTopic);
      PortalSession session = portal.session();
      session.login(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
      assertThat(session.get("/alarms").body()).contains("Article 5(1)(f)");
      assertThat(session.get("/cameras").body()).contains("Article 5(1)(f)");
    } finally {
      setDeploymentPurpose("PUBLIC_SPACE");
    }
    produce(alert(T0.plusSeconds(13_000), Emotion.HAPPINESS, Severity.LOW));
    awaitMessages("sustained happiness at Gate 3", 2); // a permitted site is emailed again
    assertThat(messagesAbout("sustained neutral")).as("refused for an education site").isEmpty();
  }

  private static void setDeploymentPurpose(String purpose) throws Exception {
    portal.execute("UPDATE site_settings SET deployment_purpose = '" + purpose + "'");
  }

  private static List<String> recipients(List<MimeMessage> messages) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : messages) {
      for (Address a : m.getRecipients(Message.RecipientType.TO)) {
        to.add(a.toString());
      }
    }
    return to;
  }

  static String part(MimeMessage message, String type) throws Exception {
    String found = find(message.getContent(), type);
    assertThat(found).as(type + " part").isNotNull();
    return found;
  }

  private static String find(Object content, String type) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          return part.getContent().toString();
        }
        String nested = find(part.getContent(), type);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }
}
