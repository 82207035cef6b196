package io.emoticctv.models.training;

import ai.djl.ndarray.NDArray;

/** The loss terms a batch is trained on, on [N, 7] logits. */
final class TrainingLoss {
  private TrainingLoss() {}

  /**
   * Cross-entropy against target distributions (one-hot, smoothed or mixed), weighted per image:
   * Σ_i w_i · (−Σ_c t_ic · log softmax(z_i)_c) / Σ_i w_i — PyTorch's weighted "mean" reduction.
   *
   * @param targets [N, 7], rows summing to 1
   * @param weights [N]; null = every image weighs 1 (the plain mean, computed as such so runs
   *     without weights keep their exact arithmetic)
   */
  static NDArray crossEntropy(NDArray logits, NDArray targets, NDArray weights) {
    NDArray perImage = logits.logSoftmax(1).mul(targets).sum(new int[] {1}).neg();
    return weights == null ? perImage.mean() : perImage.mul(weights).sum().div(weights.sum());
  }

  /**
   * Distillation term T² · mean_i KL(softmax(t_i / T) ‖ softmax(s_i / T)) for student logits s and
   * teacher logits t; 0 when the student matches the teacher.
   */
  static NDArray distillation(NDArray studentLogits, NDArray teacherLogits, float temperature) {
    NDArray teacherLog = teacherLogits.div(temperature).logSoftmax(1);
    NDArray studentLog = studentLogits.div(temperature).logSoftmax(1);
    NDArray kl = teacherLog.exp().mul(teacherLog.sub(studentLog)).sum(new int[] {1});
    return kl.mean().mul(temperature * temperature);
  }
}
