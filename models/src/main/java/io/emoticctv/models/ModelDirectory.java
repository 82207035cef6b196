package io.emoticctv.models;

import ai.djl.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * Writes a model directory: the params file ({@code <modelId>-<epoch>.params}) and model.json
 * with its SHA-256. MODEL_CARD.md is added by evaluation, which has the validation figures.
 */
public final class ModelDirectory {
  /**
   * The model the job runs unless told otherwise, relative to the repository root (the local
   * stack, the cluster image and the benchmarks name the same directory).
   */
  public static final String JOB_DEFAULT = "models/weights/fast-v2";

  public static final String MODEL_CARD = "MODEL_CARD.md";

  private ModelDirectory() {}

  /**
   * Saves the model's weights into dir and writes model.json from draft, with the params file
   * name, its SHA-256, parameter count and creation time filled in.
   */
  public static ModelDescriptor write(Model model, Path dir, ModelDescriptor draft) {
    deleteStaleFiles(dir);
    Path params = ParamsFiles.save(model, dir, draft.modelId(), Math.max(0, draft.bestEpoch()));
    ModelDescriptor descriptor = new ModelDescriptor(draft.name(), draft.version(), draft.architecture(),
        InputNormalization.DESCRIPTION, params.getFileName().toString(), Sha256.of(params),
        EmotionNetworks.parameterCount(model.getBlock()),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), draft.trainData(), draft.trainSeconds(),
        draft.bestEpoch(), draft.recipe(), draft.holdout(), draft.validation(), draft.calibration(),
        draft.robustness());
    descriptor.write(dir);
    return descriptor;
  }

  /** Weights and card of an earlier model in this directory would no longer match model.json. */
  private static void deleteStaleFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".params")
          || f.getFileName().toString().equals(MODEL_CARD)).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + dir, e);
    }
  }

  /** A draft for {@link #write}: file name, hash, count and date are filled in on writing. */
  public static ModelDescriptor draft(String name, String version, String architecture) {
    return new ModelDescriptor(name, version, architecture, InputNormalization.DESCRIPTION, "", "", 0,
        null, null, 0, 0, null, null, null, null, null);
  }
}
