package io.emoticctv.models.training;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.InputNormalization;
import io.emoticctv.models.TrainingRecipe;
import java.util.Random;

/**
 * Turns one training crop into a randomly altered network input, written straight into the
 * batch tensor. All randomness comes from the caller's {@link Random}, so an epoch seeded the
 * same way produces the same images (what makes resuming reproducible).
 *
 * <ul>
 *   <li>light: horizontal flip, shift of up to {@value #SHIFT} px with black fill (the
 *       "pad 4, random crop 48" recipe);
 *   <li>strong: light + rotation up to ±{@value #MAX_DEGREES}°, scale ±10 %, brightness and
 *       contrast ±20 %, and random erasing of one patch (2–20 % of the face) with noise.
 * </ul>
 */
final class Augmenter {
  static final int SHIFT = 4;
  static final double MAX_DEGREES = 10;
  private static final int SIZE = FacePreprocessing.SIZE;

  private final String level;

  Augmenter(String level) {
    this.level = level;
  }

  /** Writes crop's network input into out[offset .. offset+PIXELS). */
  void apply(byte[] crop, Random random, float[] out, int offset) {
    if (level.equals(TrainingRecipe.AUGMENT_NONE)) {
      InputNormalization.normalise(crop, out, offset);
      return;
    }
    boolean strong = level.equals(TrainingRecipe.AUGMENT_STRONG);
    boolean flip = random.nextBoolean();
    int dx = random.nextInt(2 * SHIFT + 1) - SHIFT;
    int dy = random.nextInt(2 * SHIFT + 1) - SHIFT;
    double angle = strong ? Math.toRadians((random.nextDouble() * 2 - 1) * MAX_DEGREES) : 0;
    double scale = strong ? 0.9 + random.nextDouble() * 0.2 : 1;
    double contrast = strong ? 0.8 + random.nextDouble() * 0.4 : 1;
    double brightness = strong ? (random.nextDouble() * 2 - 1) * 0.2 * 255 : 0;

    // inverse mapping: for each output pixel, the source point (rotation/scale about the centre)
    double cos = Math.cos(angle) / scale;
    double sin = Math.sin(angle) / scale;
    double c = (SIZE - 1) / 2.0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        double ox = (flip ? SIZE - 1 - x : x) - dx - c;
        double oy = y - dy - c;
        double sx = cos * ox + sin * oy + c;
        double sy = -sin * ox + cos * oy + c;
        double pixel = sample(crop, sx, sy);
        pixel = (pixel - 128) * contrast + 128 + brightness;
        out[offset + y * SIZE + x] = InputNormalization.normalise((float) Math.max(0, Math.min(255, pixel)));
      }
    }
    if (strong && random.nextBoolean()) {
      erase(random, out, offset);
    }
  }

  /** Bilinear sample; outside the image is black (the zero padding of the crop recipe). */
  private static double sample(byte[] crop, double sx, double sy) {
    int x0 = (int) Math.floor(sx);
    int y0 = (int) Math.floor(sy);
    double wx = sx - x0;
    double wy = sy - y0;
    return (1 - wy) * ((1 - wx) * at(crop, x0, y0) + wx * at(crop, x0 + 1, y0))
        + wy * ((1 - wx) * at(crop, x0, y0 + 1) + wx * at(crop, x0 + 1, y0 + 1));
  }

  private static int at(byte[] crop, int x, int y) {
    return x < 0 || y < 0 || x >= SIZE || y >= SIZE ? 0 : crop[y * SIZE + x] & 0xFF;
  }

  private static void erase(Random random, float[] out, int offset) {
    double area = (0.02 + random.nextDouble() * 0.18) * SIZE * SIZE;
    double aspect = Math.exp(Math.log(0.3) + random.nextDouble() * (Math.log(3.3) - Math.log(0.3)));
    int h = (int) Math.min(SIZE, Math.round(Math.sqrt(area * aspect)));
    int w = (int) Math.min(SIZE, Math.round(Math.sqrt(area / aspect)));
    int top = random.nextInt(SIZE - h + 1);
    int left = random.nextInt(SIZE - w + 1);
    for (int y = top; y < top + h; y++) {
      for (int x = left; x < left + w; x++) {
        out[offset + y * SIZE + x] = random.nextFloat() * 2 - 1;
      }
    }
  }
}
