package io.emoticctv.models.training;

import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.TrainingRecipe;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one training invocation needs.
 *
 * @param data training folder in FER2013 layout
 * @param runDir checkpoints (one per epoch, the newest kept), best weights, epochs.csv; a run
 *     found here is resumed
 * @param outDir model directory to write the best epoch to at the end; null to skip
 * @param name model family written to model.json, e.g. "fast"
 * @param version e.g. "v1"
 * @param architecture one of {@link EmotionNetworks#architectures()}
 * @param recipe hyperparameters
 * @param stopAfterEpochs stop this invocation after this many new epochs (the schedule still
 *     spans recipe.epochs; the next invocation resumes); 0 = run to the end
 * @param logEveryBatches progress line interval; 0 = ten lines per epoch
 */
public record TrainingConfig(
    Path data,
    Path runDir,
    Path outDir,
    String name,
    String version,
    String architecture,
    TrainingRecipe recipe,
    int stopAfterEpochs,
    int logEveryBatches) {

  public TrainingConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(runDir, "runDir");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(recipe, "recipe");
    EmotionNetworks.build(architecture); // fails early on an unknown name
    if (stopAfterEpochs < 0 || logEveryBatches < 0) {
      throw new IllegalArgumentException("stopAfterEpochs and logEveryBatches must be >= 0");
    }
  }

  /** The id of the model this run trains, as {@link io.emoticctv.models.ModelDescriptor#modelId()}. */
  public String modelId() {
    return name + "-" + version;
  }
}
