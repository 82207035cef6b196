package io.emoticctv.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * The hyperparameters of a training run; recorded in model.json so a model can be reproduced.
 *
 * @param epochs total epochs of the learning-rate schedule
 * @param batchSize images per optimiser step
 * @param learningRate peak learning rate (after warm-up)
 * @param optimizer sgd (Nesterov momentum) or adam
 * @param momentum SGD momentum / Adam beta1
 * @param weightDecay L2 penalty added to the gradient of every weight
 * @param schedule cosine (per step, to zero at the last epoch) or constant
 * @param warmupEpochs linear warm-up from 0 to the peak learning rate
 * @param labelSmoothing share of the target mass spread evenly over all classes
 * @param augment none, light (flip + shifted crop) or strong (+ rotation, brightness/contrast, random erasing)
 * @param holdoutFraction stratified share of the training folder held out for checkpoint selection
 * @param seed seeds weights, shuffling, augmentation and dropout
 * @param classWeights none, or balanced: each image's loss weighted by N / (7 · images of its class),
 *     so the rare disgust class counts as much as the others
 * @param mixupAlpha mixup: each batch is blended with a shuffled copy of itself, images and
 *     targets alike, by λ ~ Beta(α, α); 0 = off
 * @param distillation learn from a teacher network too; null = labels only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingRecipe(
    int epochs,
    int batchSize,
    double learningRate,
    String optimizer,
    double momentum,
    double weightDecay,
    String schedule,
    double warmupEpochs,
    double labelSmoothing,
    String augment,
    double holdoutFraction,
    long seed,
    String classWeights,
    double mixupAlpha,
    Distillation distillation) {

  public static final String SGD = "sgd";
  public static final String ADAM = "adam";
  public static final String COSINE = "cosine";
  public static final String CONSTANT = "constant";
  public static final String AUGMENT_NONE = "none";
  public static final String AUGMENT_LIGHT = "light";
  public static final String AUGMENT_STRONG = "strong";
  public static final String CLASS_WEIGHTS_NONE = "none";
  public static final String CLASS_WEIGHTS_BALANCED = "balanced";

  /** A recipe with plain labels: no class weights, no mixup, no teacher (the recipes before these options). */
  public TrainingRecipe(int epochs, int batchSize, double learningRate, String optimizer, double momentum,
      double weightDecay, String schedule, double warmupEpochs, double labelSmoothing, String augment,
      double holdoutFraction, long seed) {
    this(epochs, batchSize, learningRate, optimizer, momentum, weightDecay, schedule, warmupEpochs, labelSmoothing,
        augment, holdoutFraction, seed, CLASS_WEIGHTS_NONE, 0, null);
  }

  public TrainingRecipe {
    // absent from recipes written before these options existed: read them as "off", so such runs still resume
    classWeights = classWeights == null ? CLASS_WEIGHTS_NONE : classWeights.toLowerCase(Locale.ROOT);
    require(classWeights.equals(CLASS_WEIGHTS_NONE) || classWeights.equals(CLASS_WEIGHTS_BALANCED),
        "class weights must be none or balanced");
    require(mixupAlpha >= 0, "mixup alpha must be >= 0 (0 = off)");
    optimizer = optimizer.toLowerCase(Locale.ROOT);
    schedule = schedule.toLowerCase(Locale.ROOT);
    augment = augment.toLowerCase(Locale.ROOT);
    require(epochs >= 1, "epochs must be >= 1");
    require(batchSize >= 2, "batch size must be >= 2 (batch norm needs two images)");
    require(learningRate > 0, "learning rate must be > 0");
    require(optimizer.equals(SGD) || optimizer.equals(ADAM), "optimizer must be sgd or adam");
    require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)");
    require(weightDecay >= 0, "weight decay must be >= 0");
    require(schedule.equals(COSINE) || schedule.equals(CONSTANT), "schedule must be cosine or constant");
    require(warmupEpochs >= 0 && warmupEpochs < epochs, "warm-up must be shorter than the run");
    require(labelSmoothing >= 0 && labelSmoothing < 1, "label smoothing must be in [0, 1)");
    require(augment.equals(AUGMENT_NONE) || augment.equals(AUGMENT_LIGHT) || augment.equals(AUGMENT_STRONG),
        "augment must be none, light or strong");
    require(holdoutFraction > 0 && holdoutFraction < 0.5, "holdout fraction must be in (0, 0.5)");
  }

  public TrainingRecipe withDistillation(Distillation teacher) {
    return new TrainingRecipe(epochs, batchSize, learningRate, optimizer, momentum, weightDecay, schedule,
        warmupEpochs, labelSmoothing, augment, holdoutFraction, seed, classWeights, mixupAlpha, teacher);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
