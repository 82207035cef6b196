package io.emoticctv.job.alerts;

import static io.emoticctv.job.testing.Fixtures.RULE;
import static io.emoticctv.job.testing.Fixtures.window;
import static io.emoticctv.job.testing.Fixtures.windowStart;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.Severity;
import io.emoticctv.job.testing.Fixtures;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertDecisionsTest {
  private static final String CAM = "cam-1";

  @Test
  void abnormalShareCountsFacesWhoseTopEmotionIsAbnormal() {
    int[] counts = new int[Emotion.COUNT];
    counts[Emotion.ANGER.ordinal()] = 2;
    counts[Emotion.FEAR.ordinal()] = 1;
    counts[Emotion.SADNESS.ordinal()] = 3;
    counts[Emotion.NEUTRAL.ordinal()] = 4;
    EmotionWindow w = new EmotionWindow(1, CAM, 0, 10_000, 10, counts, new float[Emotion.COUNT], 0, "m", "");

    assertThat(AlertDecisions.abnormalShare(w, RULE.abnormal())).isEqualTo(0.3);
    assertThat(AlertDecisions.abnormalShare(w, EnumSet.of(Emotion.SADNESS))).isEqualTo(0.3);
    assertThat(AlertDecisions.abnormalShare(window(CAM, 0, 0, 0), RULE.abnormal())).isZero();
  }

  @Test
  void aWindowIsAbnormalAtTheThresholdWithEnoughFaces() {
    assertThat(AlertDecisions.isAbnormal(window(CAM, 0, 2, 2), RULE)).isTrue(); // exactly 50%
    assertThat(AlertDecisions.isAbnormal(window(CAM, 0, 2, 3), RULE)).isFalse(); // 40%
    assertThat(AlertDecisions.isAbnormal(window(CAM, 0, 2, 0), RULE)).isFalse(); // 100% of 2 faces
    assertThat(AlertDecisions.isAbnormal(window(CAM, 0, 3, 0), RULE)).isTrue();
  }

  @Test
  void onlyAWindowStartingWhereTheLastEndedFollowsIt() {
    assertThat(AlertDecisions.follows(window(CAM, 0, 3, 0), window(CAM, 1, 3, 0))).isTrue();
    assertThat(AlertDecisions.follows(window(CAM, 0, 3, 0), window(CAM, 2, 3, 0))).isFalse();
  }

  @Test
  void alertDescribesTheRunWithAnIdFromCameraAndFirstWindow() {
    int[] fear = new int[Emotion.COUNT];
    fear[Emotion.FEAR.ordinal()] = 4;
    EmotionWindow fearful = new EmotionWindow(1, CAM, windowStart(1), windowStart(2), 4, fear,
        new float[Emotion.COUNT], 0, "model-b", "");
    List<EmotionWindow> run = List.of(window(CAM, 0, 3, 1), fearful, window(CAM, 2, 3, 2));

    AlertRecord alert = AlertDecisions.alertFor(run, RULE);

    assertThat(alert.alertId()).isEqualTo(RULE.name() + "/" + CAM + "/" + windowStart(0));
    assertThat(alert.cameraId()).isEqualTo(CAM);
    assertThat(alert.emotion()).isEqualTo(Emotion.ANGER); // 6 angry faces vs 4 fearful
    assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    assertThat(alert.firstWindowStart()).isEqualTo(windowStart(0));
    assertThat(alert.openedAt()).isEqualTo(windowStart(3));
    assertThat(alert.peakShare()).isEqualTo(1.0);
    assertThat(alert.windows()).isEqualTo(3);
    assertThat(alert.rule()).isEqualTo("anger+disgust+fear>=50% of >=3 faces x3 windows");
    assertThat(alert.model()).isEqualTo(Fixtures.MODEL);
  }

  @Test
  void tiedAbnormalEmotionsGoToTheEarlierOne() {
    int[] counts = new int[Emotion.COUNT];
    counts[Emotion.FEAR.ordinal()] = 2;
    counts[Emotion.DISGUST.ordinal()] = 2;
    EmotionWindow w = new EmotionWindow(1, CAM, 0, 10_000, 4, counts, new float[Emotion.COUNT], 0, "m", "");

    assertThat(AlertDecisions.dominantAbnormalEmotion(List.of(w), RULE.abnormal())).isEqualTo(Emotion.DISGUST);
  }
}
