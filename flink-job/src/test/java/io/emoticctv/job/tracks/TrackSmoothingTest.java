package io.emoticctv.job.tracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrackSmoothingTest {
  private static final long GAP = 30_000;

  @Test
  void theFirstFaceOfATrackIsTakenAsItIs() {
    float[] p = {0.7f, 0.3f};
    TrackState first = TrackSmoothing.next(null, 1_000, p, 0.4, GAP);

    assertThat(first.probabilities()).containsExactly(0.7f, 0.3f);
    assertThat(first.probabilities()).isNotSameAs(p);
    assertThat(first.captureTime()).isEqualTo(1_000);
  }

  @Test
  void laterFacesMoveTheAverageByAlpha() {
    TrackState s = new TrackState(1_000, new float[] {0.9f, 0.1f});
    TrackState next = TrackSmoothing.next(s, 1_500, new float[] {0.1f, 0.9f}, 0.4, GAP);

    // 0.4 * 0.1 + 0.6 * 0.9 = 0.58; 0.4 * 0.9 + 0.6 * 0.1 = 0.42
    assertThat(next.probabilities()[0]).isCloseTo(0.58f, within(1e-6f));
    assertThat(next.probabilities()[1]).isCloseTo(0.42f, within(1e-6f));
    assertThat(next.captureTime()).isEqualTo(1_500);
  }

  @Test
  void alphaOneTurnsSmoothingOff() {
    TrackState s = new TrackState(1_000, new float[] {0.9f, 0.1f});
    assertThat(TrackSmoothing.next(s, 1_500, new float[] {0.2f, 0.8f}, 1.0, GAP).probabilities())
        .containsExactly(0.2f, 0.8f);
  }

  @Test
  void aFaceLongAfterTheTracksLastStartsAfresh() {
    TrackState s = new TrackState(1_000, new float[] {0.9f, 0.1f});
    // exactly the gap: still the same track, 0.4 * 0.2 + 0.6 * 0.9 = 0.62
    assertThat(TrackSmoothing.next(s, 1_000 + GAP, new float[] {0.2f, 0.8f}, 0.4, GAP).probabilities()[0])
        .isCloseTo(0.62f, within(1e-6f));
    assertThat(TrackSmoothing.next(s, 1_001 + GAP, new float[] {0.2f, 0.8f}, 0.4, GAP).probabilities())
        .containsExactly(0.2f, 0.8f);
  }

  @Test
  void aFaceArrivingOutOfOrderIsAveragedInWithoutMovingTheTrackBack() {
    TrackState s = new TrackState(5_000, new float[] {1f, 0f});
    TrackState next = TrackSmoothing.next(s, 4_000, new float[] {0f, 1f}, 0.5, GAP);
    assertThat(next.captureTime()).isEqualTo(5_000);
    assertThat(next.probabilities()).containsExactly(0.5f, 0.5f);
  }
}
