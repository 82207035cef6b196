package io.emoticctv.models.report;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.training.BestCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model the report evaluates: a model directory (model.json) or a training run directory,
 * whose best checkpoint so far stands in for the model.
 *
 * @param dir the directory the descriptor's params file is relative to
 */
public record ReportedModel(Path dir, ModelDescriptor descriptor) {

  static ReportedModel load(Path path) {
    if (Files.isRegularFile(path.resolve(ModelDescriptor.FILE_NAME))) {
      return new ReportedModel(path, ModelDescriptor.read(path));
    }
    if (BestCheckpoint.isRunDirectory(path)) {
      return new ReportedModel(path, BestCheckpoint.describe(path));
    }
    throw new IllegalArgumentException(path + " is neither a model directory (" + ModelDescriptor.FILE_NAME
        + ") nor a training run directory (checkpoint/state.json)");
  }

  boolean isModelDirectory() {
    return Files.isRegularFile(dir.resolve(ModelDescriptor.FILE_NAME));
  }

  /** Softmax at temperature 1, whatever model.json says: the report fits the temperature itself. */
  EmotionClassifier openUncalibrated() {
    return EmotionClassifier.open(dir, descriptor.withCalibration(null));
  }
}
