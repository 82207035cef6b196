package io.emoticctv.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.PreviewFace;
import io.emoticctv.contracts.PreviewRecord;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.portal.web.EmotionStyle;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveWallViewsTest {
  static final long T0 = 1_795_600_000_000L;

  static TrackEmotionRecord track(long trackId, Emotion emotion, float confidence) {
    return new TrackEmotionRecord(TrackEmotionRecord.SCHEMA_VERSION, "cam-1", trackId, T0, new Box(10, 10, 40, 40),
        new float[7], emotion, confidence);
  }

  @Test
  void confidentFacesShowTheirEmotionsCategoryAndTheOthersShowUncertain() {
    EmotionStyle.Entry joy = new EmotionStyle.Entry("happiness", "Joy", "#f5b401");
    TrackView happy = TrackView.of(track(7, Emotion.HAPPINESS, 0.87f), 0.5, joy);
    assertThat(happy.label()).isEqualTo("Joy 87%");
    assertThat(happy.uncertain()).isFalse();
    assertThat(happy.color()).isEqualTo("#f5b401");
    TrackView unsure = TrackView.of(track(8, Emotion.ANGER, 0.49f), 0.5, joy);
    assertThat(unsure.label()).isEqualTo("uncertain");
    assertThat(unsure.uncertain()).isTrue();
  }

  @Test
  void previewBoxesArePercentOfTheImage() {
    PreviewRecord preview = new PreviewRecord(PreviewRecord.SCHEMA_VERSION, "cam-1", T0, 320, 180,
        new byte[] {(byte) 0xFF, (byte) 0xD8}, List.of(new PreviewFace(7L, new Box(32, 18, 64, 45))), true);
    PreviewView view = PreviewView.of(preview);
    assertThat(view.image()).isEqualTo("data:image/jpeg;base64,/9g=");
    assertThat(view.faces()).containsExactly(new PreviewView.Face(7L, 10.0, 10.0, 20.0, 25.0));
    assertThat(view.blurred()).isTrue();
  }

  @Test
  void atMostOnePreviewPerCameraAndIntervalGoesThrough() {
    PreviewThrottle throttle = new PreviewThrottle(Duration.ofMillis(500));
    assertThat(throttle.pass("cam-1", T0)).isTrue();
    assertThat(throttle.pass("cam-1", T0 + 200)).isFalse();
    assertThat(throttle.pass("cam-2", T0 + 200)).as("cameras are throttled apart").isTrue();
    assertThat(throttle.pass("cam-1", T0 + 500)).isTrue();
    assertThat(throttle.pass("cam-1", T0 - 60_000)).as("a restarted agent's clock").isTrue();
  }
}
