package io.emoticctv.portal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.TestAlerts;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.cameras.Camera;
import io.emoticctv.portal.web.Disclaimer;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AlertFactsTest {
  static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
  static final DisplayTime BERLIN_TIME = new DisplayTime(ZoneId.of("Europe/Berlin"));
  static final AlertRecord FEAR =
      TestAlerts.opened("cam-7", Emotion.FEAR,
          Severity.CRITICAL, T0.toEpochMilli(), T0.plusSeconds(40).toEpochMilli(), 0.715, 4,
          "sustained-fear", "m");

  @Test
  void anAlertAtAKnownCameraNamesTheCameraAndItsLocation() {
    AlertFacts facts = AlertFacts.of(FEAR, new Camera("cam-7", "Platform 2", "East wing", "", "rtsp://10.0.0.7/s1", null, null, "", 5, true, true),
        BERLIN_TIME, "https://portal/alerts/view?id=x");
    assertThat(facts.subject()).isEqualTo("[EmotiCCTV] CRITICAL: sustained fear at Platform 2 (East wing)");
    assertThat(facts.text())
        .contains("CRITICAL alert: sustained apparent fear.")
        .contains("Camera:    Platform 2 (cam-7)")
        .contains("Location:  East wing")
        .contains("Peak:      72% of faces over 4 consecutive windows")
        .contains("Since:     2026-11-25 13:00:00 CET")
        .contains("Opened:    2026-11-25 13:00:40 CET")
        .contains("Open the alert: https://portal/alerts/view?id=x")
        .endsWith(Disclaimer.TEXT);
  }

  @Test
  void anAlertAtACameraThePortalDoesNotKnowYetUsesTheCameraId() {
    AlertFacts facts = AlertFacts.of(FEAR, null, BERLIN_TIME, "link");
    assertThat(facts.subject()).isEqualTo("[EmotiCCTV] CRITICAL: sustained fear at cam-7");
    assertThat(facts.text()).contains("Camera:    cam-7\n").contains("Location:  —");
  }

  @Test
  void alertLinksCarryTheIdAsAQueryValue() {
    assertThat(AlertLinks.path("cam-7/1795600800000")).isEqualTo("/alerts/view?id=cam-7%2F1795600800000");
  }
}
