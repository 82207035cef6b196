package io.emoticctv.job.testing;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.job.classify.FaceClassifier;
import io.emoticctv.job.classify.FaceClassifierFactory;
import java.util.Arrays;
import java.util.List;

/**
 * A classifier whose answer the test chooses: a crop's first pixel is the index of its emotion
 * (see {@link Fixtures#crop}), which gets probability 0.94, the others 0.01.
 */
public final class FirstPixelClassifier implements FaceClassifier {
  public static final FaceClassifierFactory FACTORY = FirstPixelClassifier::new;

  @Override
  public float[][] classify(List<byte[]> crops) {
    float[][] out = new float[crops.size()][];
    for (int i = 0; i < out.length; i++) {
      float[] p = new float[Emotion.COUNT];
      Arrays.fill(p, 0.01f);
      p[(crops.get(i)[0] & 0xFF) % Emotion.COUNT] = 0.94f;
      out[i] = p;
    }
    return out;
  }

  @Override
  public String modelId() {
    return Fixtures.MODEL;
  }

  @Override
  public String weightsSha256() {
    return Fixtures.MODEL_SHA256;
  }

  @Override
  public void close() {}
}
