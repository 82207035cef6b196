package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.RULE;
import static io.emoticctv.job.testing.Fixtures.WINDOW;
import static io.emoticctv.job.testing.Fixtures.timestampOf;
import static io.emoticctv.job.testing.Fixtures.window;
import static io.emoticctv.job.testing.Fixtures.windowStart;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.job.alerts.AlertDecisions;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertEpisodeFunctionTest {
  private static final String CAM = "cam-1";

  private KeyedTwoInputStreamOperatorTestHarness<String, AlertRecord, EmotionWindow, AlertRecord> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
        new AlertEpisodeFunction(RULE, WINDOW), AlertRecord::cameraId, EmotionWindow::cameraId, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  /** The camera's window {@code index}: abnormal (4 of 4 angry) or not (4 of 4 happy). */
  private static EmotionWindow w(int index, boolean abnormal) {
    return abnormal ? window(CAM, index, 4, 0) : window(CAM, index, 0, 4);
  }

  private void windows(EmotionWindow... windows) throws Exception {
    for (EmotionWindow window : windows) {
      harness.processElement2(window, timestampOf(window));
    }
  }

  /** The candidate the CEP pattern emits for the run of windows {@code first..first+2}. */
  private void match(int first) throws Exception {
    List<EmotionWindow> run = new ArrayList<>();
    for (int i = first; i < first + RULE.windows(); i++) {
      run.add(w(i, true));
    }
    harness.processElement1(AlertDecisions.alertFor(run, RULE), timestampOf(run.get(run.size() - 1)));
  }

  private void watermarkAfterWindow(int index) throws Exception {
    harness.processBothWatermarks(new Watermark(windowStart(index + 1) - 1));
  }

  private List<String> alertIds() {
    return harness.extractOutputValues().stream().map(AlertRecord::alertId).toList();
  }

  @Test
  void aSustainedRunRaisesOneAlertAndItsEndClearsAllState() throws Exception {
    windows(w(0, true), w(1, true), w(2, true));
    match(0);
    watermarkAfterWindow(2);
    assertThat(alertIds()).containsExactly(CAM + "/" + windowStart(0));

    windows(w(3, true), w(4, true), w(5, true));
    match(3); // the same run matching again
    watermarkAfterWindow(5);
    assertThat(alertIds()).hasSize(1);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1); // the open episode

    windows(w(6, false));
    watermarkAfterWindow(6);
    assertThat(alertIds()).hasSize(1);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aNewRunAfterTheEpisodeEndedRaisesANewAlert() throws Exception {
    windows(w(0, true), w(1, true), w(2, true), w(3, false), w(4, true), w(5, true), w(6, true));
    match(0);
    match(4);
    watermarkAfterWindow(6);

    assertThat(alertIds()).containsExactly(CAM + "/" + windowStart(0), CAM + "/" + windowStart(4));
  }

  @Test
  void decidesInEventTimeOrderWhateverOrderTheTwoInputsArriveIn() throws Exception {
    // the window that ends the first run arrives before the run's match
    windows(w(0, true), w(1, true), w(2, true), w(3, false), w(4, true), w(5, true), w(6, true), w(7, false));
    match(0);
    match(4);
    watermarkAfterWindow(7);

    assertThat(alertIds()).containsExactly(CAM + "/" + windowStart(0), CAM + "/" + windowStart(4));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aCameraThatStopsSeeingFacesEndsItsEpisodeAfterAWindow() throws Exception {
    windows(w(0, true), w(1, true), w(2, true));
    match(0);
    watermarkAfterWindow(2);

    watermarkAfterWindow(3); // no window 3: the camera saw nobody
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    windows(w(5, true), w(6, true), w(7, true));
    match(5);
    watermarkAfterWindow(7);
    assertThat(alertIds()).containsExactly(CAM + "/" + windowStart(0), CAM + "/" + windowStart(5));
  }

  @Test
  void aLateRevisionOfADecidedWindowLeavesNoState() throws Exception {
    windows(w(0, false));
    watermarkAfterWindow(1);

    windows(window(CAM, 0, 5, 0)); // allowed-lateness firing of window 0
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(alertIds()).isEmpty();
  }
}
