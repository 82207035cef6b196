package io.emoticctv.job.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import org.junit.jupiter.api.Test;

class EmotionTallyTest {
  private static ClassifiedFace face(Long trackId, float... p) {
    return new ClassifiedFace("cam-1", 1_000, trackId, new Box(0, 0, 48, 48), p, "m1", "sha-1");
  }

  @Test
  void countsEachFaceUnderItsMostProbableEmotionAndAveragesProbabilities() {
    EmotionTally tally = new EmotionTally();
    tally.add(face(7L, 0.7f, 0, 0, 0.3f, 0, 0, 0));
    tally.add(face(8L, 0.1f, 0, 0, 0.9f, 0, 0, 0));
    EmotionTally other = new EmotionTally();
    other.add(face(7L, 0.6f, 0, 0, 0.4f, 0, 0, 0));
    tally.addAll(other);

    EmotionWindow window = tally.toWindow("cam-1", 0, 10_000);

    assertThat(window.faces()).isEqualTo(3);
    assertThat(window.counts()[Emotion.ANGER.ordinal()]).isEqualTo(2);
    assertThat(window.counts()[Emotion.HAPPINESS.ordinal()]).isEqualTo(1);
    assertThat(window.meanProbabilities()[Emotion.ANGER.ordinal()]).isCloseTo(1.4f / 3, within(1e-6f));
    assertThat(window.meanProbabilities()[Emotion.HAPPINESS.ordinal()]).isCloseTo(1.6f / 3, within(1e-6f));
    assertThat(window.model()).isEqualTo("m1");
    assertThat(window.modelSha256()).isEqualTo("sha-1");
    assertThat(window.tracks()).as("tracks 7 and 8; 7 seen in both halves").isEqualTo(2);
    assertThat(window.windowStart()).isZero();
    assertThat(window.windowEnd()).isEqualTo(10_000);
  }

  @Test
  void aTieGoesToTheEarlierEmotion() {
    EmotionTally tally = new EmotionTally();
    tally.add(face(null, 0.2f, 0.4f, 0.4f, 0, 0, 0, 0));

    EmotionWindow window = tally.toWindow("cam-1", 0, 10_000);
    assertThat(window.counts()).containsExactly(0, 1, 0, 0, 0, 0, 0);
    assertThat(window.tracks()).as("an untracked face is no track").isZero();
  }
}
