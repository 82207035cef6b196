package io.emoticctv.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FacePreprocessingTest {

  @Test
  void anyFaceSizeBecomesAModelInput() {
    assertThat(FacePreprocessing.toModelInput(gradient(20, 24), 20, 24)).hasSize(FacePreprocessing.PIXELS);
    assertThat(FacePreprocessing.toModelInput(gradient(130, 97), 130, 97)).hasSize(FacePreprocessing.PIXELS);
  }

  @Test
  void equalisationSpreadsALowContrastFaceOverTheFullRange() {
    byte[] dim = new byte[FacePreprocessing.PIXELS];
    for (int i = 0; i < dim.length; i++) {
      dim[i] = (byte) (100 + i % 20);
    }
    byte[] out = FacePreprocessing.toModelInput(dim, 48, 48);
    assertThat(min(out)).isZero();
    assertThat(max(out)).isEqualTo(255);
  }

  @Test
  void aFlatImageStaysFlat() {
    byte[] flat = new byte[FacePreprocessing.PIXELS];
    java.util.Arrays.fill(flat, (byte) 77);
    assertThat(FacePreprocessing.toModelInput(flat, 48, 48)).containsOnly((byte) 77);
  }

  @Test
  void shrinkingAveragesAndEnlargingInterpolates() {
    byte[] twoByTwo = {0, (byte) 200, (byte) 200, 0};
    byte[] one = FacePreprocessing.resize(twoByTwo, 2, 2, 1, 1);
    assertThat(one[0] & 0xFF).isEqualTo(100);
    byte[] big = FacePreprocessing.resize(new byte[] {0, (byte) 255}, 2, 1, 4, 1);
    assertThat(big).containsExactly((byte) 0, (byte) 64, (byte) 191, (byte) 255);
  }

  @Test
  void rejectsAPixelCountThatDoesNotMatchTheSize() {
    assertThatThrownBy(() -> FacePreprocessing.toModelInput(new byte[10], 4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 16 pixels");
  }

  private static byte[] gradient(int w, int h) {
    byte[] px = new byte[w * h];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i * 255 / px.length);
    }
    return px;
  }

  private static int min(byte[] px) {
    int m = 255;
    for (byte b : px) {
      m = Math.min(m, b & 0xFF);
    }
    return m;
  }

  private static int max(byte[] px) {
    int m = 0;
    for (byte b : px) {
      m = Math.max(m, b & 0xFF);
    }
    return m;
  }
}
