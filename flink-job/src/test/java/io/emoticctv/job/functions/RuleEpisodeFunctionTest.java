package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.WINDOW;
import static io.emoticctv.job.testing.Fixtures.cameraRule;
import static io.emoticctv.job.testing.Fixtures.timestampOf;
import static io.emoticctv.job.testing.Fixtures.window;
import static io.emoticctv.job.testing.Fixtures.windowStart;
import static io.emoticctv.job.testing.Fixtures.withCooldown;
import static io.emoticctv.job.testing.Fixtures.zoneRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.job.alerts.ScopeState;
import io.emoticctv.job.records.RuleOffer;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleEpisodeFunctionTest {
  private static final String CAM = "cam-1";
  private static final RuleRecord RULE = withCooldown(cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 2), 20_000);

  private KeyedOneInputStreamOperatorTestHarness<String, RuleOffer, AlertRecord> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new RuleEpisodeFunction(WINDOW), RuleOffer::scopeKey, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void offer(RuleRecord rule, String camera, String scope, EmotionWindow window) throws Exception {
    RuleOffer offer = new RuleOffer(rule.ruleId() + "/" + scope, scope, "hall", rule, window, 0);
    harness.processElement(offer, timestampOf(window));
  }

  /** Window {@code index} of the camera: 4 of 4 angry, or 4 of 4 happy. */
  private void cameraWindow(int index, boolean angry) throws Exception {
    offer(RULE, CAM, CAM, angry ? window(CAM, index, 4, 0) : window(CAM, index, 0, 4));
  }

  private void watermarkAfterWindow(int index) throws Exception {
    harness.processWatermark(new Watermark(windowStart(index + 1) - 1));
  }

  private List<AlertPhase> phases() {
    return harness.extractOutputValues().stream().map(AlertRecord::phase).toList();
  }

  @Test
  void anEpisodeRunsItsCourseAndTheScopeLeavesNoStateOrTimerBehind() throws Exception {
    cameraWindow(0, true);
    cameraWindow(1, true);
    cameraWindow(2, true);
    cameraWindow(3, false);
    watermarkAfterWindow(3);
    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    assertThat(harness.extractOutputStreamRecords().get(0).getTimestamp()).isEqualTo(windowStart(2) - 1);

    // the camera sees nobody any more: its run ends, then its cooldown, then it is forgotten
    watermarkAfterWindow(8);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void anOpenEpisodeSurvivesACheckpointAndRestore() throws Exception {
    cameraWindow(0, true);
    cameraWindow(1, true);
    watermarkAfterWindow(1);
    cameraWindow(2, true); // pending, not decided yet
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();

    harness = new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new RuleEpisodeFunction(WINDOW)), RuleOffer::scopeKey, Types.STRING);
    harness.initializeState(snapshot);
    harness.open();
    cameraWindow(3, false);
    watermarkAfterWindow(3);

    assertThat(phases()).as("after the restore").containsExactly(AlertPhase.RESOLVED);
    assertThat(harness.extractOutputValues().get(0).windows()).isEqualTo(3);
  }

  @Test
  void itsStateHasSerializersOfItsOwnNotAGenericFallback() {
    SerializerConfigImpl noGenericTypes = new SerializerConfigImpl();
    noGenericTypes.setGenericTypes(false);
    // throws when any field, however deep, would fall back to Kryo
    assertThat(TypeInformation.of(ScopeState.class).createSerializer(noGenericTypes)).isNotNull();
    assertThat(TypeInformation.of(RuleOffer.class).createSerializer(noGenericTypes)).isNotNull();
  }

  @Test
  void windowsArrivingOutOfOrderAreDecidedInEventTimeOrder() throws Exception {
    cameraWindow(1, true);
    cameraWindow(3, false);
    cameraWindow(0, true);
    cameraWindow(2, true);
    watermarkAfterWindow(3);

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    assertThat(harness.extractOutputValues().get(0).firstWindowStart()).isEqualTo(windowStart(0));
  }

  @Test
  void aLateRevisionOfADecidedWindowChangesNothingAndLeavesNoState() throws Exception {
    cameraWindow(0, false);
    watermarkAfterWindow(2);
    assertThat(harness.numKeyedStateEntries()).isZero();

    cameraWindow(0, true); // allowed-lateness firing of window 0
    cameraWindow(1, true);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void aZoneRuleDecidesOnAllTheZonesWindowsOfOneEventTimeTogether() throws Exception {
    RuleRecord zone = zoneRule("z1", "hall", 0.5, 3, WINDOW);
    for (String camera : List.of("cam-b", "cam-c", "cam-a")) {
      offer(zone, camera, "hall", window(camera, 0, 4, 0));
    }
    watermarkAfterWindow(0);
    watermarkAfterWindow(1); // no window 1 anywhere: the spread is over

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    AlertRecord opened = harness.extractOutputValues().get(0);
    assertThat(opened.cameras()).containsExactly("cam-a", "cam-b", "cam-c");
    assertThat(opened.cameraId()).isEqualTo("cam-c");
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }
}
