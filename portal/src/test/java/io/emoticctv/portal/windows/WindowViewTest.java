package io.emoticctv.portal.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.EmotionWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowViewTest {
  static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void sharesAreFacesPerEmotionOverAllFacesInEmotionOrder() {
    EmotionWindow window =
        new EmotionWindow(1, "cam-1", T0.toEpochMilli(), T0.plusSeconds(10).toEpochMilli(), 3,
            new int[] {1, 0, 0, 2, 0, 0, 0}, new float[7], 0, "m", "");
    WindowView view = WindowView.of(window);
    assertThat(view.cameraId()).isEqualTo("cam-1");
    assertThat(view.windowStart()).isEqualTo(T0.toEpochMilli());
    assertThat(view.windowEnd()).isEqualTo(T0.plusSeconds(10).toEpochMilli());
    assertThat(view.faces()).isEqualTo(3);
    assertThat(view.shares()).containsExactly(0.333, 0.0, 0.0, 0.667, 0.0, 0.0, 0.0);
  }

  @Test
  void aStoredRowGivesTheSameViewAsTheLiveRecord() {
    WindowCounts row = new WindowCounts("cam-1", T0, T0.plusSeconds(10), 4, 0, 1, 0, 0, 2, 1, 0);
    EmotionWindow live =
        new EmotionWindow(1, "cam-1", T0.toEpochMilli(), T0.plusSeconds(10).toEpochMilli(), 4,
            new int[] {0, 1, 0, 0, 2, 1, 0}, new float[7], 0, "m", "");
    assertThat(WindowView.of(row)).isEqualTo(WindowView.of(live));
  }

  @Test
  void aWindowWithoutFacesHasNoShares() {
    assertThat(WindowView.shares(new int[7], 0)).containsOnly(0.0).hasSize(7);
  }
}
