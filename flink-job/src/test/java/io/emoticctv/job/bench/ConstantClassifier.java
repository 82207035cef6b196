package io.emoticctv.job.bench;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.job.classify.FaceClassifier;
import io.emoticctv.job.classify.FaceClassifierFactory;
import java.util.Arrays;

/**
 * Aggregation path only, no inference: every face gets the same probabilities, so a benchmark
 * measures Kafka → parse → windows → PostgreSQL without the model's cost.
 */
final class ConstantClassifier implements FaceClassifier {
  static final FaceClassifierFactory FACTORY = ConstantClassifier::new;
  private static final float[] PROBABILITIES = neutral();

  @Override
  public float[][] classify(java.util.List<byte[]> crops) {
    float[][] out = new float[crops.size()][];
    Arrays.fill(out, PROBABILITIES);
    return out;
  }

  @Override
  public String modelId() {
    return "constant (aggregation path only, no inference)";
  }

  @Override
  public String weightsSha256() {
    return "";
  }

  @Override
  public void close() {}

  private static float[] neutral() {
    float[] p = new float[Emotion.COUNT];
    Arrays.fill(p, 0.02f);
    p[Emotion.NEUTRAL.ordinal()] = 0.88f;
    return p;
  }
}
