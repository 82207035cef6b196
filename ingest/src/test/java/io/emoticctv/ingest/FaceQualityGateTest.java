package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FaceQualityGateTest {

  @Test
  void rejectsAFlatPatch() {
    byte[] wall = new byte[24 * 24];
    Arrays.fill(wall, (byte) 200);

    assertThat(FaceQualityGate.accepts(new GrayFrame(24, 24, wall))).isFalse();
  }

  @Test
  void acceptsAPatchWithStructure() {
    byte[] px = new byte[24 * 24];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i % 24 < 12 ? 60 : 180); // dark and light halves, like a shaded face
    }

    assertThat(FaceQualityGate.accepts(new GrayFrame(24, 24, px))).isTrue();
  }

  @Test
  void contrastIsTheStandardDeviationOfTheGrayLevels() {
    assertThat(FaceQualityGate.contrast(new byte[] {10, 30, 10, 30})).isEqualTo(10.0);
    assertThat(FaceQualityGate.contrast(new byte[] {(byte) 250, (byte) 250})).isZero();
  }
}
