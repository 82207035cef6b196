package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.cameraRule;
import static io.emoticctv.job.testing.Fixtures.window;
import static io.emoticctv.job.testing.Fixtures.zoneRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.job.records.RuleOffer;
import io.emoticctv.job.records.SettingsUpdate;
import io.emoticctv.job.records.SettingsUpdate.Kind;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class RuleFanOutTest {
  private static SettingsUpdate rule(RuleRecord rule) {
    return new SettingsUpdate(Kind.RULE, rule.ruleId(), rule, null);
  }

  private static SettingsUpdate camera(String id, String zone) {
    return new SettingsUpdate(Kind.CAMERA, id, null, new CameraConfigRecord(CameraConfigRecord.SCHEMA_VERSION, id,
        id, "", "", "rtsp://example.invalid/" + id, null, null, zone, 2.0, true, false, 0));
  }

  @Test
  void eachWindowIsOfferedToEveryCurrentRuleThatCoversItsCamera() throws Exception {
    try (BroadcastOperatorTestHarness<EmotionWindow, SettingsUpdate, RuleOffer> harness =
        ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
            new RuleFanOut(), RuleFanOut.RULES, RuleFanOut.CAMERA_ZONES)) {
      RuleRecord onCam1 = cameraRule("r-cam1", RuleKind.SUSTAINED, "cam-1", 0.5, 2);
      RuleRecord onCam2 = cameraRule("r-cam2", RuleKind.SUSTAINED, "cam-2", 0.5, 2);
      RuleRecord hall = zoneRule("r-hall", "hall", 0.5, 2, 10_000);
      harness.processBroadcastElement(rule(onCam1), 0);
      harness.processBroadcastElement(rule(onCam2), 0);
      harness.processBroadcastElement(rule(hall), 0);
      harness.processBroadcastElement(camera("cam-1", "hall"), 0);

      harness.processElement(window("cam-1", 0, 3, 1), 9_999);
      assertThat(harness.extractOutputValues())
          .extracting(RuleOffer::scopeKey, RuleOffer::zone)
          .containsExactlyInAnyOrder(
              tuple("r-cam1/cam-1", "hall"),
              tuple("r-hall/hall", "hall"));
      assertThat(harness.extractOutputStreamRecords()).allSatisfy(r -> assertThat(r.getTimestamp()).isEqualTo(9_999));

      // cam-1 leaves the zone, r-cam1 is deleted: nothing covers cam-1 any more
      harness.processBroadcastElement(new SettingsUpdate(Kind.RULE, "r-cam1", null, null), 0);
      harness.processBroadcastElement(new SettingsUpdate(Kind.CAMERA, "cam-1", null, null), 0);
      harness.getOutput().clear();
      harness.processElement(window("cam-1", 1, 3, 1), 19_999);
      assertThat(harness.extractOutputValues()).isEmpty();
    }
  }
}
