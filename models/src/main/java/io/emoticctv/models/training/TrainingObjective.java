package io.emoticctv.models.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.Distillation;
import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.TrainingRecipe;
import java.nio.file.Path;
import java.util.Random;

/**
 * What a training batch is scored against, from the recipe: label-smoothed targets, optional
 * class weights, optional mixup of the batch with a shuffled copy of itself, and optionally a
 * teacher network's soft targets (distillation). Random draws come only from the epoch's Random
 * and only when mixup is on, so recipes without it draw exactly what they always drew.
 */
final class TrainingObjective implements AutoCloseable {
  private final TrainingRecipe recipe;
  private final float[] classWeights;
  private final EmotionClassifier teacher;

  private TrainingObjective(TrainingRecipe recipe, float[] classWeights, EmotionClassifier teacher) {
    this.recipe = recipe;
    this.classWeights = classWeights;
    this.teacher = teacher;
  }

  /** Balanced class weights are computed from the images the network learns from. */
  static TrainingObjective of(TrainingRecipe recipe, int[] trainClassCounts) {
    float[] weights = recipe.classWeights().equals(TrainingRecipe.CLASS_WEIGHTS_BALANCED)
        ? ClassWeights.balanced(trainClassCounts)
        : null;
    return new TrainingObjective(recipe, weights, openTeacher(recipe.distillation()));
  }

  private static EmotionClassifier openTeacher(Distillation distillation) {
    if (distillation == null) {
      return null;
    }
    EmotionClassifier teacher = EmotionClassifier.open(Path.of(distillation.teacher()));
    if (!teacher.weightsSha256().equals(distillation.teacherSha256())) {
      teacher.close();
      throw new IllegalArgumentException("teacher " + distillation.teacher() + " has weights "
          + teacher.weightsSha256() + ", but this run learns from " + distillation.teacherSha256());
    }
    return teacher;
  }

  /** True when images carry unequal weights, i.e. {@link #prepare} fills the weights. */
  boolean weighted() {
    return classWeights != null;
  }

  /**
   * Fills targets ([n, 7], row-major) and, when {@link #weighted()}, weights ([n]) for the batch;
   * with mixup, blends inputs ([n, 1, 48, 48]) in place with a shuffled partner of each image.
   */
  void prepare(float[] inputs, int[] labels, Random random, float[] targets, float[] weights) {
    int n = labels.length;
    float off = (float) (recipe.labelSmoothing() / Emotion.COUNT);
    float on = (float) (1 - recipe.labelSmoothing()) + off;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < Emotion.COUNT; c++) {
        targets[i * Emotion.COUNT + c] = c == labels[i] ? on : off;
      }
      if (weighted()) {
        weights[i] = classWeights[labels[i]];
      }
    }
    if (recipe.mixupAlpha() > 0) {
      mix(inputs, targets, weights, n, random);
    }
  }

  /** x_i ← λ x_i + (1 − λ) x_p(i), and the same for targets and weights; one λ per batch. */
  private void mix(float[] inputs, float[] targets, float[] weights, int n, Random random) {
    float lambda = (float) BetaSampler.sample(recipe.mixupAlpha(), recipe.mixupAlpha(), random);
    int[] partner = EmotionTrainer.permutation(n, random);
    float[] x = inputs.clone();
    float[] t = targets.clone();
    float[] w = weighted() ? weights.clone() : null;
    int pixels = FacePreprocessing.PIXELS;
    for (int i = 0; i < n; i++) {
      int p = partner[i];
      for (int k = 0; k < pixels; k++) {
        inputs[i * pixels + k] = lambda * x[i * pixels + k] + (1 - lambda) * x[p * pixels + k];
      }
      for (int c = 0; c < Emotion.COUNT; c++) {
        targets[i * Emotion.COUNT + c] = lambda * t[i * Emotion.COUNT + c] + (1 - lambda) * t[p * Emotion.COUNT + c];
      }
      if (w != null) {
        weights[i] = lambda * w[i] + (1 - lambda) * w[p];
      }
    }
  }

  /** The teacher's logits for the batch, or null without distillation; computed outside any gradient. */
  NDArray teacherLogits(NDArray inputs) {
    return teacher == null ? null : teacher.logits(inputs);
  }

  /** The batch loss from the student's logits, the prepared targets/weights and the teacher's logits. */
  NDArray loss(NDArray logits, NDArray teacherLogits, float[] targets, float[] weights, NDManager batch) {
    int n = (int) logits.getShape().get(0);
    NDArray y = batch.create(targets, new Shape(n, Emotion.COUNT));
    NDArray w = weighted() ? batch.create(weights, new Shape(n)) : null;
    NDArray hard = TrainingLoss.crossEntropy(logits, y, w);
    Distillation d = recipe.distillation();
    if (d == null) {
      return hard;
    }
    NDArray soft = TrainingLoss.distillation(logits, teacherLogits, (float) d.temperature());
    return hard.mul((float) (1 - d.weight())).add(soft.mul((float) d.weight()));
  }

  @Override
  public void close() {
    if (teacher != null) {
      teacher.close();
    }
  }
}
