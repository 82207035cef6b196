package io.emoticctv.models.training;

import io.emoticctv.models.TrainingRecipe;

/** Learning rate per optimiser step: linear warm-up, then constant or cosine decay to zero. */
final class LearningRateSchedule {
  private LearningRateSchedule() {}

  static float at(TrainingRecipe recipe, long step, long totalSteps, int stepsPerEpoch) {
    long warmup = Math.round(recipe.warmupEpochs() * stepsPerEpoch);
    if (step < warmup) {
      return (float) (recipe.learningRate() * (step + 1) / warmup);
    }
    if (recipe.schedule().equals(TrainingRecipe.CONSTANT)) {
      return (float) recipe.learningRate();
    }
    double progress = (double) (step - warmup) / Math.max(1, totalSteps - warmup);
    return (float) (recipe.learningRate() * 0.5 * (1 + Math.cos(Math.PI * progress)));
  }
}
