package io.emoticctv.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * model.json: what a model directory holds and how it was made. Unknown keys are an error, so a
 * typo or a file from a newer format is caught at load time instead of silently ignored.
 *
 * @param name model family, e.g. "fast"
 * @param version e.g. "v1"; {@link #modelId()} is name-version
 * @param architecture a name from {@link EmotionNetworks#architectures()}
 * @param inputNormalisation how crops become the input tensor ({@link InputNormalization#DESCRIPTION})
 * @param paramsFile DJL params file in the same directory
 * @param paramsSha256 SHA-256 of the params file, checked on load
 * @param parameterCount trainable parameters
 * @param createdAt ISO-8601 instant the params were written
 * @param trainData training folder the model learned from
 * @param trainSeconds wall time of the training run
 * @param bestEpoch the epoch (1-based) whose weights were kept, selected on the holdout
 * @param recipe hyperparameters of the training run
 * @param holdout figures on the holdout carved from the training folder
 * @param validation figures on the validation folder, null until evaluated
 * @param calibration temperature the classifier divides logits by, null = none (temperature 1)
 * @param robustness validation accuracy per simulated CCTV condition (clean first), null until
 *     measured by the report command
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelDescriptor(
    String name,
    String version,
    String architecture,
    String inputNormalisation,
    String paramsFile,
    String paramsSha256,
    long parameterCount,
    String createdAt,
    String trainData,
    double trainSeconds,
    int bestEpoch,
    TrainingRecipe recipe,
    EvaluationSummary holdout,
    EvaluationSummary validation,
    CalibrationSummary calibration,
    Map<String, Double> robustness) {

  public static final String FILE_NAME = "model.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ModelDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(paramsFile, "paramsFile");
    Objects.requireNonNull(paramsSha256, "paramsSha256");
    robustness = robustness == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(robustness));
  }

  public String modelId() {
    return name + "-" + version;
  }

  public ModelDescriptor withValidation(EvaluationSummary summary) {
    return new ModelDescriptor(name, version, architecture, inputNormalisation, paramsFile, paramsSha256,
        parameterCount, createdAt, trainData, trainSeconds, bestEpoch, recipe, holdout, summary, calibration,
        robustness);
  }

  /** The same model with another calibration; null makes the classifier return uncalibrated softmax. */
  public ModelDescriptor withCalibration(CalibrationSummary summary) {
    return new ModelDescriptor(name, version, architecture, inputNormalisation, paramsFile, paramsSha256,
        parameterCount, createdAt, trainData, trainSeconds, bestEpoch, recipe, holdout, validation, summary,
        robustness);
  }

  public ModelDescriptor withRobustness(Map<String, Double> accuracyByCondition) {
    return new ModelDescriptor(name, version, architecture, inputNormalisation, paramsFile, paramsSha256,
        parameterCount, createdAt, trainData, trainSeconds, bestEpoch, recipe, holdout, validation, calibration,
        accuracyByCondition);
  }

  /** The softmax temperature of the classifier: the calibrated one, or 1. */
  public double temperature() {
    return calibration == null ? 1 : calibration.temperature();
  }

  public static ModelDescriptor read(Path modelDir) {
    Path file = modelDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a model directory, no " + FILE_NAME + " in " + modelDir);
    }
    try {
      return JSON.readValue(file.toFile(), ModelDescriptor.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public void write(Path modelDir) {
    try {
      Files.createDirectories(modelDir);
      JSON.writeValue(modelDir.resolve(FILE_NAME).toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE_NAME + " to " + modelDir, e);
    }
  }
}
