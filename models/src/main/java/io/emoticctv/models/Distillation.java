package io.emoticctv.models;

import java.util.Objects;

/**
 * Knowledge distillation settings of a training run: the student learns from the teacher's
 * softened probabilities as well as from the labels.
 *
 * @param teacher the teacher's model directory
 * @param teacherSha256 SHA-256 of the teacher's params file, so a resumed run learns from the same teacher
 * @param temperature T of the soft targets softmax(teacher logits / T) and of the student's matching
 *     softmax; the soft term is scaled by T² so its gradients keep their size as T grows
 * @param weight share of the soft term: loss = (1 − weight) · hard + weight · T² · KL(teacher ‖ student)
 */
public record Distillation(String teacher, String teacherSha256, double temperature, double weight) {

  public Distillation {
    Objects.requireNonNull(teacher, "teacher");
    Objects.requireNonNull(teacherSha256, "teacherSha256");
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("distillation temperature must be > 0");
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("distillation weight must be in [0, 1]");
    }
  }
}
