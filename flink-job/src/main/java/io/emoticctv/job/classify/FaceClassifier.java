package io.emoticctv.job.classify;

import java.util.List;

/** A loaded emotion model as the job uses it; one instance per parallel subtask. */
public interface FaceClassifier extends AutoCloseable {

  /**
   * One batched forward pass.
   *
   * @param crops preprocessed 48x48 gray crops
   * @return per crop, one probability per emotion in {@link io.emoticctv.contracts.Emotion} order
   */
  float[][] classify(List<byte[]> crops);

  /** Name and version of the model, written with every window. */
  String modelId();

  /** SHA-256 of the model's weights, written with every window and alert. */
  String weightsSha256();

  @Override
  void close();
}
