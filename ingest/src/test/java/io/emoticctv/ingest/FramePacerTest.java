package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePacerTest {
  private static final long MS = 1_000_000;

  @Test
  void frameKIsDueKOverFpsSecondsAfterTheFirst() {
    assertThat(FramePacer.dueNanos(0, 0, 15)).isZero();
    assertThat(FramePacer.dueNanos(0, 3, 15)).isEqualTo(200 * MS);
    assertThat(FramePacer.dueNanos(1_000, 12, 12)).isEqualTo(1_000 + 1_000 * MS);
  }

  @Test
  void waitsOutTheRestOfEachFrameInterval() {
    FramePacer pacer = new FramePacer(10, 0);

    assertThat(pacer.waitNanos(0)).isZero(); // frame 0 is due at once
    assertThat(pacer.waitNanos(30 * MS)).isEqualTo(70 * MS); // frame 1 due at 100 ms
    assertThat(pacer.waitNanos(100 * MS)).isEqualTo(100 * MS); // frame 2 due at 200 ms
  }

  @Test
  void aSlowConsumerDoesNotAccumulateWait() {
    FramePacer pacer = new FramePacer(10, 0);
    pacer.waitNanos(0);

    assertThat(pacer.waitNanos(150 * MS)).isZero(); // late for frame 1: release at once
    assertThat(pacer.waitNanos(150 * MS)).isEqualTo(50 * MS); // frame 2 keeps its slot
  }

  @Test
  void fallingFarBehindRestartsTheScheduleInsteadOfBursting() {
    FramePacer pacer = new FramePacer(10, 0);
    pacer.waitNanos(0);

    assertThat(pacer.waitNanos(5_000 * MS)).isZero();
    assertThat(pacer.waitNanos(5_000 * MS)).isEqualTo(100 * MS);
  }
}
