package io.emoticctv.job.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.job.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class PartitionWatermarksTest {
  private static final long BOUND = 2_000;
  private static final long IDLE = 5_000;
  private static final long LIVE_LAG = 5_000;
  /** Wall clock of a replay: long after {@link Fixtures#T0}. */
  private static final long LATER = Fixtures.T0 + 86_400_000;

  private long now = LATER;
  private int clockReads;

  private PartitionWatermarks<String> partition() {
    return new PartitionWatermarks<>(BOUND, IDLE, LIVE_LAG, () -> {
      clockReads++;
      return now;
    });
  }

  /** What one periodic emit of {@code partition} says: a watermark, "idle", or nothing. */
  private static String emit(PartitionWatermarks<String> partition) {
    List<String> said = new ArrayList<>();
    partition.onPeriodicEmit(new WatermarkOutput() {
      @Override
      public void emitWatermark(Watermark watermark) {
        said.add(String.valueOf(watermark.getTimestamp()));
      }

      @Override
      public void markIdle() {
        said.add("idle");
      }

      @Override
      public void markActive() {}
    });
    assertThat(said).hasSizeLessThanOrEqualTo(1);
    return said.isEmpty() ? "nothing" : said.get(0);
  }

  private static String watermark(long timestamp) {
    return String.valueOf(timestamp);
  }

  @Test
  void anActivePartitionTrailsItsNewestCaptureTimeByTheBoundAndNeverGoesBack() {
    PartitionWatermarks<String> p = partition();
    p.onEvent("face", Fixtures.T0 + 10_000, null);
    p.onEvent("face", Fixtures.T0 + 9_000, null);
    assertThat(emit(p)).isEqualTo(watermark(Fixtures.T0 + 10_000 - BOUND - 1));
    p.onEvent("face", Fixtures.T0 + 3_000, null);
    assertThat(emit(p)).isEqualTo(watermark(Fixtures.T0 + 10_000 - BOUND - 1));
  }

  @Test
  void aPartitionThatDeliveredNothingDeclaresItselfIdleAfterTheTimeout() {
    PartitionWatermarks<String> p = partition();
    assertThat(emit(p)).isEqualTo("nothing");
    now += IDLE;
    assertThat(emit(p)).isEqualTo("idle");
  }

  @Test
  void aRecordWithoutACaptureTimeSaysNothingAboutEventTime() {
    PartitionWatermarks<String> p = partition();
    p.onEvent("not a face", PartitionWatermarks.NO_CAPTURE_TIME, null);
    assertThat(emit(p)).isEqualTo("nothing");
    p.onEvent("face", Fixtures.T0, null);
    p.onEvent("not a face", PartitionWatermarks.NO_CAPTURE_TIME, null);
    assertThat(emit(p)).isEqualTo(watermark(Fixtures.T0 - BOUND - 1));
  }

  @Test
  void anIdleReplayDeclaresItselfIdleInsteadOfRunningAheadOnTheWallClockAndResumesWhereItWas() {
    PartitionWatermarks<String> replay = partition();
    replay.onEvent("old face", Fixtures.T0, null);
    assertThat(emit(replay)).isEqualTo(watermark(Fixtures.T0 - BOUND - 1));
    now += IDLE;
    assertThat(emit(replay)).as("holds back neither its subtask nor the other subtasks").isEqualTo("idle");
    now += 60_000;
    replay.onEvent("old face", Fixtures.T0 + 1_000, null);
    assertThat(emit(replay)).isEqualTo(watermark(Fixtures.T0 + 1_000 - BOUND - 1));
  }

  @Test
  void aPartitionIsLiveWhileItsNewestFaceWasCapturedWithinTheLiveLagOfBeingRead() {
    PartitionWatermarks<String> p = partition();
    p.onEvent("face", now, null);
    emit(p);
    now += 1_000;
    p.onEvent("face captured long ago", now - 1_000 - LIVE_LAG - 1, null);
    emit(p);
    now += IDLE;
    assertThat(emit(p)).as("its newest face is still the live one").isEqualTo(watermark(now - LIVE_LAG));

    PartitionWatermarks<String> behind = partition();
    behind.onEvent("face", now - LIVE_LAG - 1, null);
    emit(behind);
    now += IDLE;
    assertThat(emit(behind)).isEqualTo("idle");
  }

  @Test
  void theWallClockIsReadPerEmitNotPerFace() {
    PartitionWatermarks<String> p = partition();
    int before = clockReads;
    for (int i = 0; i < 1_000; i++) {
      p.onEvent("face", Fixtures.T0 + i, null);
    }
    assertThat(clockReads).isEqualTo(before);
    emit(p);
    assertThat(clockReads).isEqualTo(before + 1);
  }

  @Test
  void anIdleLivePartitionFollowsTheWallClockSoAQuietCamerasLastWindowsClose() {
    PartitionWatermarks<String> live = partition();
    live.onEvent("face", now - 100, null);
    long lastCapture = now - 100;
    assertThat(emit(live)).isEqualTo(watermark(lastCapture - BOUND - 1));
    now += IDLE - 1;
    assertThat(emit(live)).as("not idle yet").isEqualTo(watermark(lastCapture - BOUND - 1));
    now += 1 + 20_000;
    assertThat(emit(live)).isEqualTo(watermark(now - LIVE_LAG));
  }

  @Test
  void aPartitionWithFacesHoldsBackWhileAnIdleOneFollowsIt() {
    PartitionWatermarks<String> backlog = partition();
    PartitionWatermarks<String> live = partition();
    live.onEvent("face", now, null);
    backlog.onEvent("old face", Fixtures.T0, null);
    emit(live);
    emit(backlog);
    now += IDLE;
    backlog.onEvent("old face", Fixtures.T0 + 1_000, null);
    assertThat(emit(backlog)).as("still replaying: its own time").isEqualTo(watermark(Fixtures.T0 + 1_000 - BOUND - 1));
    assertThat(emit(live)).isEqualTo(watermark(now - LIVE_LAG));
  }
}
