package io.emoticctv.job.classify;

import java.io.Serializable;

/**
 * Opens a {@link FaceClassifier}. Shipped with the job graph and called on the task manager in
 * the operator's {@code open()}, so the model itself never needs to be serializable.
 */
@FunctionalInterface
public interface FaceClassifierFactory extends Serializable {
  FaceClassifier open();
}
