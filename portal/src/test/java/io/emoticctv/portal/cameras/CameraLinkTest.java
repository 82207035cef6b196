package io.emoticctv.portal.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CameraLinkTest {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final Duration OFFLINE_AFTER = Duration.ofSeconds(60);

  @Test
  void aFreshStatusIsShownAsReported() {
    Instant fresh = NOW.minusSeconds(5);
    assertThat(CameraLink.of("ONLINE", fresh, NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.ONLINE);
    assertThat(CameraLink.of("CONNECTING", fresh, NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.CONNECTING);
    assertThat(CameraLink.of("OFFLINE", fresh, NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.OFFLINE);
    assertThat(CameraLink.of("STOPPED", fresh, NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.STOPPED);
  }

  @Test
  void anAgentThatFellSilentCannotVouchForItsCamera() {
    assertThat(CameraLink.of("ONLINE", NOW.minusSeconds(60), NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.ONLINE);
    assertThat(CameraLink.of("ONLINE", NOW.minusSeconds(61), NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.OFFLINE);
  }

  @Test
  void noOrUnknownStatus() {
    assertThat(CameraLink.of(null, null, NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.NO_STATUS);
    assertThat(CameraLink.of("REBOOTING", NOW, NOW, OFFLINE_AFTER)).isEqualTo(CameraLink.NO_STATUS);
    assertThat(CameraLink.NO_STATUS.cssClass()).isEqualTo("no-status");
    assertThat(CameraLink.NO_STATUS.label()).isEqualTo("no status yet");
  }
}
