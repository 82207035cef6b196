package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraMeterTest {
  private static final long T0 = 1_760_000_000_000L;

  @Test
  void ratesCoverTheTimeSinceThePreviousStatus() {
    CameraMeter meter = new CameraMeter("cam-1", T0);
    meter.state(CameraState.ONLINE, null);
    for (int i = 0; i < 60; i++) {
      meter.frameIn(T0 + i * 83);
    }
    for (int i = 0; i < 25; i++) {
      meter.frameAnalysed(2, i == 0 ? List.of(RejectReason.BLURRY) : List.of());
    }
    List<CameraStatus> sent = new ArrayList<>();

    CameraStatus first = meter.report(T0 + 5_000, sent::add);
    CameraStatus second = meter.report(T0 + 10_000, sent::add);

    assertThat(sent).containsExactly(first, second);
    assertThat(first.cameraId()).isEqualTo("cam-1");
    assertThat(first.state()).isEqualTo(CameraState.ONLINE);
    assertThat(first.framesInPerSecond()).isEqualTo(12.0);
    assertThat(first.framesAnalysedPerSecond()).isEqualTo(5.0);
    assertThat(first.facesPerSecond()).isEqualTo(10.0);
    assertThat(first.facesRejected()).isEqualTo(1);
    assertThat(first.rejectedByReason())
        .containsExactly(entry("small", 0L), entry("blurry", 1L), entry("pose", 0L));
    assertThat(first.lastFrameTime()).isEqualTo(T0 + 59 * 83);
    assertThat(second.framesInPerSecond()).isZero();
    assertThat(second.facesRejected()).isEqualTo(1); // a running total, not a rate
  }

  @Test
  void keepsTheLastErrorAfterRecovering() {
    CameraMeter meter = new CameraMeter("cam-1", T0);
    meter.state(CameraState.OFFLINE, "connection refused");
    meter.state(CameraState.ONLINE, null);

    CameraStatus status = meter.report(T0 + 1, s -> {});

    assertThat(status.state()).isEqualTo(CameraState.ONLINE);
    assertThat(status.lastError()).isEqualTo("connection refused");
  }

  @Test
  void countsSkippedFramesInTheLastError() {
    CameraMeter meter = new CameraMeter("cam-1", T0);
    meter.frameSkipped("bad packet");
    meter.frameSkipped("bad packet");

    assertThat(meter.framesSkipped()).isEqualTo(2);
    assertThat(meter.report(T0 + 1, s -> {}).lastError())
        .isEqualTo("skipped unreadable frame (2 so far): bad packet");
  }
}
