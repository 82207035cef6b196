package io.emoticctv.models.cli;

import ai.djl.ndarray.types.DataType;
import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.ModelDirectory;
import io.emoticctv.models.benchmark.InferenceBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Inference throughput (faces/s, ms per face) at several batch sizes and precisions.")
final class BenchmarkCommand implements Callable<Integer> {
  private static final int BASELINE_ROUNDS = 3;

  @Spec CommandSpec spec;

  @Option(names = "--model", defaultValue = ModelDirectory.JOB_DEFAULT, description = "model directory (default: ${DEFAULT-VALUE})")
  Path model;

  @Option(names = "--untrained", description = "benchmark this architecture with random weights instead of --model")
  String untrained;

  @Option(names = "--batches", split = ",", defaultValue = "1,32,128", description = "(default: ${DEFAULT-VALUE})")
  int[] batches;

  @Option(names = "--precision", split = ",", defaultValue = "float32",
      description = "floating-point types to run the network in: float32, float16, bfloat16 (default: ${DEFAULT-VALUE})")
  List<String> precisions;

  @Option(names = "--batch-norm-baseline",
      description = "also run the network with its batch norms as separate operations, as trained, in rounds "
          + "alternating with the folded network that classifies, and print the folding's speed-up")
  boolean batchNormBaseline;

  @Option(names = "--seconds", defaultValue = "3", description = "measuring time per batch size (default: ${DEFAULT-VALUE})")
  double seconds;

  @Override
  public Integer call() {
    try (EmotionClassifier classifier = untrained != null
        ? EmotionClassifier.untrained(untrained, 1)
        : EmotionClassifier.open(model)) {
      for (String precision : precisions) {
        measure(classifier, DataType.valueOf(precision.toUpperCase(Locale.ROOT)));
      }
      if (batchNormBaseline) {
        compareWithSeparateBatchNorm(classifier);
      }
    }
    return 0;
  }

  private void compareWithSeparateBatchNorm(EmotionClassifier folded) {
    List<InferenceBenchmark.Row> separateRows = new ArrayList<>();
    List<InferenceBenchmark.Row> foldedRows = new ArrayList<>();
    try (EmotionClassifier separate = folded.withSeparateBatchNorm()) {
      for (int round = 0; round < BASELINE_ROUNDS; round++) {
        separateRows.addAll(InferenceBenchmark.run(separate, batches, seconds));
        foldedRows.addAll(InferenceBenchmark.run(folded, batches, seconds));
      }
    }
    out().println(folded.modelId() + ", batch norm folded vs separate, " + BASELINE_ROUNDS + " alternating rounds:");
    out().print(InferenceBenchmark.comparisonTable("separate", separateRows, "folded", foldedRows));
  }

  private void measure(EmotionClassifier classifier, DataType precision) {
    out().println(classifier.modelId() + " in " + precision + ", " + Runtime.getRuntime().availableProcessors()
        + " cores:");
    if (precision == DataType.FLOAT32) {
      out().print(InferenceBenchmark.table(InferenceBenchmark.run(classifier, batches, seconds)));
      return;
    }
    try (EmotionClassifier converted = classifier.withPrecision(precision)) {
      out().print(InferenceBenchmark.table(InferenceBenchmark.run(converted, batches, seconds)));
    } catch (UnsupportedOperationException e) {
      out().println("not measured: " + e.getMessage());
    }
  }

  private java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
