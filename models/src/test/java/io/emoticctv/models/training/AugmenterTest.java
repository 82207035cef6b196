package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.models.InputNormalization;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugmenterTest {
  private final byte[] crop = gradient();

  @Test
  void noneIsExactlyTheInferenceNormalisation() {
    float[] out = new float[48 * 48];
    new Augmenter("none").apply(crop, new Random(1), out, 0);

    for (int i = 0; i < out.length; i++) {
      assertThat(out[i]).isEqualTo(InputNormalization.normalise(crop[i] & 0xFF));
    }
  }

  @Test
  void strongAugmentationIsReproducibleFromTheSeedAndStaysInRange() {
    float[] a = new float[2 * 48 * 48];
    float[] b = new float[2 * 48 * 48];
    new Augmenter("strong").apply(crop, new Random(7), a, 48 * 48);
    new Augmenter("strong").apply(crop, new Random(7), b, 48 * 48);

    assertThat(a).containsExactly(b);
    for (int i = 48 * 48; i < a.length; i++) {
      assertThat(a[i]).isBetween(-1f, 1f);
    }
    float[] other = new float[2 * 48 * 48];
    new Augmenter("strong").apply(crop, new Random(8), other, 48 * 48);
    assertThat(other).isNotEqualTo(a);
  }

  private static byte[] gradient() {
    byte[] px = new byte[48 * 48];
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 48; x++) {
        px[y * 48 + x] = (byte) (x * 5);
      }
    }
    return px;
  }
}
