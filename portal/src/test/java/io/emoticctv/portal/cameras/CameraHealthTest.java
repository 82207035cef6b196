package io.emoticctv.portal.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CameraHealthTest {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final Duration OFFLINE_AFTER = Duration.ofSeconds(60);
  static final CameraHealthSettings HEALTH =
      new CameraHealthSettings(Duration.ofSeconds(30), 0.5, Duration.ofMinutes(2), Duration.ofSeconds(15));
  static final double ANALYSIS_FPS = 5;

  static CameraStatusRow status(String state, Instant reportedAt, Instant lastFrameAt, double framesInPerS) {
    return new CameraStatusRow("cam-1", state, framesInPerS, 5, 1, 0, 0, "", lastFrameAt, null, reportedAt);
  }

  static CameraLink health(CameraStatusRow status) {
    return CameraLink.of(status, ANALYSIS_FPS, NOW, OFFLINE_AFTER, HEALTH);
  }

  @Test
  void anOnlineCameraWithFreshFramesAtTheRateIsOnline() {
    assertThat(health(status("ONLINE", NOW.minusSeconds(5), NOW.minusSeconds(1), 25))).isEqualTo(CameraLink.ONLINE);
    assertThat(health(status("ONLINE", NOW.minusSeconds(5), NOW.minusSeconds(30), 2.5))).isEqualTo(CameraLink.ONLINE);
  }

  @Test
  void anOnlineCameraWithoutNewFramesIsFrozen() {
    assertThat(health(status("ONLINE", NOW.minusSeconds(5), NOW.minusSeconds(31), 25))).isEqualTo(CameraLink.FROZEN);
    assertThat(health(status("ONLINE", NOW.minusSeconds(5), null, 0))).isEqualTo(CameraLink.FROZEN);
  }

  @Test
  void anOnlineCameraDeliveringTooFewFramesHasALowFrameRate() {
    assertThat(health(status("ONLINE", NOW.minusSeconds(5), NOW.minusSeconds(1), 2.4))).isEqualTo(CameraLink.LOW_FPS);
  }

  @Test
  void otherStatesAndSilentAgentsAreShownAsBefore() {
    assertThat(health(null)).isEqualTo(CameraLink.NO_STATUS);
    assertThat(health(status("CONNECTING", NOW.minusSeconds(5), null, 0))).isEqualTo(CameraLink.CONNECTING);
    assertThat(health(status("ONLINE", NOW.minusSeconds(61), NOW.minusSeconds(61), 25))).isEqualTo(CameraLink.OFFLINE);
  }

  @Test
  void anOutageIsAlertedOnceItOutlastsTheGracePeriodAndDatesFromTheLastFrame() {
    Instant lastFrame = NOW.minusSeconds(121);
    CameraStatusRow frozen = status("ONLINE", NOW.minusSeconds(5), lastFrame, 25);
    assertThat(CameraOutage.alertableSince(health(frozen), frozen, NOW, HEALTH.alertAfter())).isEqualTo(lastFrame);

    CameraStatusRow justFrozen = status("ONLINE", NOW.minusSeconds(5), NOW.minusSeconds(119), 25);
    assertThat(CameraOutage.alertableSince(health(justFrozen), justFrozen, NOW, HEALTH.alertAfter())).isNull();

    CameraStatusRow offlineNeverFramed = status("OFFLINE", NOW.minusSeconds(300), null, 0);
    assertThat(CameraOutage.alertableSince(CameraLink.OFFLINE, offlineNeverFramed, NOW, HEALTH.alertAfter()))
        .isEqualTo(NOW.minusSeconds(300));

    CameraStatusRow slow = status("ONLINE", NOW.minusSeconds(5), NOW.minusSeconds(1), 1);
    assertThat(CameraOutage.alertableSince(health(slow), slow, NOW, HEALTH.alertAfter()))
        .as("a low frame rate is no outage").isNull();
  }

  @Test
  void rejectionsPerReasonAreStoredSortedAndShownReadably() {
    String stored = RejectionCounts.format(Map.of("small", 1L, "pose", 4L, "blurry", 2L));
    assertThat(stored).isEqualTo("blurry=2,pose=4,small=1");
    assertThat(RejectionCounts.display(stored)).isEqualTo("blurry 2 · pose 4 · small 1");
    assertThat(RejectionCounts.display("")).isEqualTo("none");
  }
}
