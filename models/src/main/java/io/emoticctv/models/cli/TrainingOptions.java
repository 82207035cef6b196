package io.emoticctv.models.cli;

import io.emoticctv.models.Distillation;
import io.emoticctv.models.TrainingRecipe;
import io.emoticctv.models.training.TrainingConfig;
import io.emoticctv.models.training.TrainingResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of a training run, shared by {@code train} and {@code distill}. */
final class TrainingOptions {
  @Option(names = "--data", required = true, description = "training folder, FER2013 layout (angry/ disgust/ ...)")
  Path data;

  @Option(names = "--run-dir", required = true, description = "checkpoints, best weights and epochs.csv")
  Path runDir;

  @Option(names = "--out", description = "model directory to write the best epoch to when the run finishes")
  Path out;

  @Option(names = "--name", defaultValue = "fast", description = "model family (default: ${DEFAULT-VALUE})")
  String name;

  @Option(names = "--model-version", defaultValue = "v1", description = "model version (default: ${DEFAULT-VALUE})")
  String version;

  @Option(names = "--architecture", defaultValue = "compact-cnn", description = "(default: ${DEFAULT-VALUE})")
  String architecture;

  @Option(names = "--epochs", defaultValue = "30", description = "(default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--batch", defaultValue = "64", description = "(default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--lr", defaultValue = "0.05", description = "peak learning rate (default: ${DEFAULT-VALUE})")
  double learningRate;

  @Option(names = "--optimizer", defaultValue = "sgd", description = "sgd (Nesterov) or adam (default: ${DEFAULT-VALUE})")
  String optimizer;

  @Option(names = "--momentum", defaultValue = "0.9", description = "(default: ${DEFAULT-VALUE})")
  double momentum;

  @Option(names = "--weight-decay", defaultValue = "5e-4", description = "(default: ${DEFAULT-VALUE})")
  double weightDecay;

  @Option(names = "--schedule", defaultValue = "cosine", description = "cosine or constant (default: ${DEFAULT-VALUE})")
  String schedule;

  @Option(names = "--warmup-epochs", defaultValue = "1", description = "(default: ${DEFAULT-VALUE})")
  double warmupEpochs;

  @Option(names = "--label-smoothing", defaultValue = "0.1", description = "(default: ${DEFAULT-VALUE})")
  double labelSmoothing;

  @Option(names = "--augment", defaultValue = "light", description = "none, light or strong (default: ${DEFAULT-VALUE})")
  String augment;

  @Option(names = "--holdout-fraction", defaultValue = "0.1",
      description = "stratified share of --data kept for epoch selection (default: ${DEFAULT-VALUE})")
  double holdoutFraction;

  @Option(names = "--seed", defaultValue = "42", description = "(default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--stop-after-epochs", defaultValue = "0",
      description = "stop this invocation after N new epochs; run again to resume (default: run to the end)")
  int stopAfterEpochs;

  @Option(names = "--log-every", defaultValue = "0", description = "progress line every N batches (default: 10 per epoch)")
  int logEvery;

  @Option(names = "--class-weights", defaultValue = "none",
      description = "none, or balanced: weight each image's loss by N / (7 x its class count) (default: ${DEFAULT-VALUE})")
  String classWeights;

  @Option(names = "--mixup", defaultValue = "0",
      description = "mixup alpha: blend each batch with a shuffled copy by Beta(alpha, alpha); 0 = off (default: ${DEFAULT-VALUE})")
  double mixupAlpha;

  /** The run these options describe; distillation null = learn from the labels only. */
  TrainingConfig config(Distillation distillation) {
    TrainingRecipe recipe = new TrainingRecipe(epochs, batch, learningRate, optimizer, momentum, weightDecay,
        schedule, warmupEpochs, labelSmoothing, augment, holdoutFraction, seed, classWeights, mixupAlpha,
        distillation);
    return new TrainingConfig(data, runDir, out, name, version, architecture, recipe, stopAfterEpochs, logEvery);
  }

  void print(TrainingResult result, PrintWriter writer) {
    writer.printf(Locale.ROOT, "%s after epoch %d of %d; best epoch %d: holdout accuracy %.4f, macro-F1 %.4f%n",
        result.finished() ? "finished" : "stopped", result.completedEpochs(), epochs, result.bestEpoch(),
        result.best().holdoutAccuracy(), result.best().holdoutMacroF1());
    if (result.model() != null) {
      writer.println("model written to " + out + " (" + result.model().paramsFile() + ")");
    }
  }
}
