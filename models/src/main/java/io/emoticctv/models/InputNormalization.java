package io.emoticctv.models;

import ai.djl.ndarray.types.Shape;
import io.emoticctv.contracts.FacePreprocessing;
import java.util.List;

/**
 * The pixel-to-tensor mapping shared by training and inference: a pixel value p in 0..255
 * becomes (p/255 - 0.5)/0.5, i.e. -1..1. Crops come from {@link FacePreprocessing#toModelInput}
 * (48x48 gray, histogram-equalised) and are laid out NCHW, [N, 1, 48, 48], float32.
 */
public final class InputNormalization {
  /** Recorded in model.json so a reader knows how to feed the network. */
  public static final String DESCRIPTION =
      "FacePreprocessing.toModelInput (48x48 gray, histogram-equalised), then float32"
          + " (p/255 - 0.5)/0.5, layout NCHW [N,1,48,48]";

  private InputNormalization() {}

  public static float normalise(float pixel) {
    return (pixel / 255f - 0.5f) / 0.5f;
  }

  /** The NCHW shape of a batch of n crops. */
  public static Shape shape(int n) {
    return new Shape(n, 1, FacePreprocessing.SIZE, FacePreprocessing.SIZE);
  }

  /** Writes one crop's normalised pixels into out[offset .. offset+PIXELS). */
  public static void normalise(byte[] crop, float[] out, int offset) {
    for (int p = 0; p < crop.length; p++) {
      out[offset + p] = normalise(crop[p] & 0xFF);
    }
  }

  /** Packs crops into one NCHW buffer, crop i at offset i*PIXELS. */
  public static float[] toTensorValues(List<byte[]> crops) {
    float[] values = new float[crops.size() * FacePreprocessing.PIXELS];
    for (int i = 0; i < crops.size(); i++) {
      byte[] crop = crops.get(i);
      if (crop == null || crop.length != FacePreprocessing.PIXELS) {
        throw new IllegalArgumentException(
            "crop " + i + " must hold " + FacePreprocessing.PIXELS + " bytes (48x48 gray), got "
                + (crop == null ? "null" : crop.length));
      }
      normalise(crop, values, i * FacePreprocessing.PIXELS);
    }
    return values;
  }
}
