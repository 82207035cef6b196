package io.emoticctv.models.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.evaluation.GrayCrops;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CctvConditionTest {

  @Test
  void everyConditionIsDeterministicAndGivesA48x48ModelInput() {
    byte[] face = texturedFace();
    for (CctvCondition c : CctvCondition.values()) {
      byte[] once = c.apply(face);
      assertThat(once).as(c.name()).hasSize(FacePreprocessing.PIXELS);
      assertThat(c.apply(face.clone())).as(c.name() + " twice").isEqualTo(once);
      if (c == CctvCondition.CLEAN) {
        assertThat(once).isSameAs(face);
      } else {
        assertThat(once).as(c.name() + " changes the face").isNotEqualTo(face);
      }
    }
  }

  @Test
  void downscalingAveragesTwoByTwoBlocksAndScalesBackWithoutShiftingTheFace() {
    byte[] face = new byte[FacePreprocessing.PIXELS];
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 16; x++) {
        face[y * 48 + x] = (byte) 200; // bright left third
      }
    }
    byte[] degraded = CctvCondition.DOWNSCALE_24.degrade(face);

    assertThat(degraded).hasSize(FacePreprocessing.PIXELS);
    assertThat(degraded[20 * 48 + 5] & 0xFF).isEqualTo(200);
    assertThat(degraded[20 * 48 + 40] & 0xFF).isZero();
    int edge = 0;
    for (int x = 0; x < 48; x++) {
      edge += (degraded[20 * 48 + x] & 0xFF) >= 100 ? 1 : 0;
    }
    assertThat(edge).isBetween(15, 17); // the bright band keeps its width of 16 px
  }

  @Test
  void lowLightDarkensAndBlurKeepsAFlatFaceFlat() {
    byte[] grey = new byte[FacePreprocessing.PIXELS];
    Arrays.fill(grey, (byte) 128);

    assertThat(CctvCondition.LOW_LIGHT.degrade(grey)[0] & 0xFF).isEqualTo((int) Math.round(255 * Math.pow(128 / 255.0, 2.5)));
    // ConvolveOp truncates to the byte below
    assertThat(CctvCondition.GAUSSIAN_BLUR.degrade(grey)[24 * 48 + 24] & 0xFF).isBetween(127, 128);
  }

  @Test
  void rotationTurnsAboutTheCentre() {
    byte[] dot = new byte[FacePreprocessing.PIXELS];
    dot[24 * 48 + 24] = (byte) 255;
    dot[23 * 48 + 23] = (byte) 255;
    dot[23 * 48 + 24] = (byte) 255;
    dot[24 * 48 + 23] = (byte) 255;

    byte[] turned = GrayCrops.rotated(dot, 15);

    assertThat(turned[24 * 48 + 24] & 0xFF).isGreaterThan(100);
    assertThat(turned[0] & 0xFF).isZero();
  }

  @Test
  void wrongSizedCropIsRejected() {
    assertThatThrownBy(() -> CctvCondition.NOISE.apply(new byte[10]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2304");
  }

  private static byte[] texturedFace() {
    Random random = new Random(11);
    byte[] face = new byte[FacePreprocessing.PIXELS];
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 48; x++) {
        face[y * 48 + x] = (byte) Math.min(255, 40 + 3 * x + (y % 7) * 10 + random.nextInt(30));
      }
    }
    return face;
  }
}
