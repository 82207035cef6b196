package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.Box;
import org.junit.jupiter.api.Test;

class CropGeometryTest {

  @Test
  void growsTheBoxByTheMarginOnEachSide() {
    assertThat(CropGeometry.withMargin(new Box(100, 50, 20, 30), 0.1, 480, 270))
        .isEqualTo(new Box(98, 47, 24, 36));
  }

  @Test
  void clampsToTheTopLeftCorner() {
    assertThat(CropGeometry.withMargin(new Box(1, 0, 20, 20), 0.1, 480, 270))
        .isEqualTo(new Box(0, 0, 23, 22));
  }

  @Test
  void clampsToTheBottomRightCorner() {
    assertThat(CropGeometry.withMargin(new Box(460, 250, 20, 20), 0.1, 480, 270))
        .isEqualTo(new Box(458, 248, 22, 22));
  }

  @Test
  void aBoxPartlyOutsideTheFrameIsCutToIt() {
    assertThat(CropGeometry.withMargin(new Box(-10, 260, 30, 30), 0, 480, 270))
        .isEqualTo(new Box(0, 260, 20, 10));
  }

  @Test
  void rejectsABoxOutsideTheFrame() {
    assertThatThrownBy(() -> CropGeometry.withMargin(new Box(500, 10, 20, 20), 0.1, 480, 270))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not overlap");
  }
}
