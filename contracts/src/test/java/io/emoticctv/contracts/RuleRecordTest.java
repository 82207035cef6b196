package io.emoticctv.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRecordTest {
  private static RuleRecord rule(RuleKind kind, String cameraId, String zone, double threshold, int minCameras) {
    return new RuleRecord(
        1, "r1", 3, "Distress at the gate", kind, cameraId, zone,
        List.of(Emotion.FEAR, Emotion.SADNESS), threshold, 3, 2, minCameras, 60_000,
        Severity.HIGH, 300_000, RuleSchedule.ALWAYS, true, 1L);
  }

  @Test
  void aRuleSurvivesTheRoundTrip() throws Exception {
    RuleRecord r = rule(RuleKind.SUSTAINED, "", "north", 0.4, 0);
    assertThat(RecordCodec.RULES.decode(RecordCodec.RULES.encode(r))).isEqualTo(r);
  }

  @Test
  void scopeIsOneCameraAZoneOrEverything() {
    assertThat(rule(RuleKind.SUSTAINED, "cam-1", "", 0.4, 0).covers("cam-1", "north")).isTrue();
    assertThat(rule(RuleKind.SUSTAINED, "cam-1", "", 0.4, 0).covers("cam-2", "north")).isFalse();
    assertThat(rule(RuleKind.SUSTAINED, "", "north", 0.4, 0).covers("cam-2", "north")).isTrue();
    assertThat(rule(RuleKind.SUSTAINED, "", "north", 0.4, 0).covers("cam-3", "south")).isFalse();
    assertThat(rule(RuleKind.SUSTAINED, "", "", 0.4, 0).covers("cam-3", "south")).isTrue();
  }

  @Test
  void theShareSumsTheRulesEmotions() {
    int[] counts = {1, 0, 2, 0, 4, 1, 0};
    EmotionWindow w = new EmotionWindow(2, "c", 0, 10, 8, counts, new float[7], 3, "m", "s");
    assertThat(rule(RuleKind.SUSTAINED, "", "", 0.4, 0).share(w)).isEqualTo(3.0 / 8);
  }

  @Test
  void invalidRulesAreRejectedWithAReason() {
    assertThatThrownBy(() -> RecordCodec.RULES.decode(RecordCodec.RULES.encode(rule(RuleKind.SUSTAINED, "", "", 1.5, 0))))
        .hasMessageContaining("threshold must be a share");
    assertThatThrownBy(() -> RecordCodec.RULES.decode(RecordCodec.RULES.encode(rule(RuleKind.ZONE_SPREAD, "", "north", 0.4, 1))))
        .hasMessageContaining("minCameras >= 2");
  }
}
