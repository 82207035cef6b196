package io.emoticctv.models.cli;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.benchmark.InferenceBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Inference throughput (faces/s, ms per face) at several batch sizes.")
final class BenchmarkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", defaultValue = "models/weights/fast-v1", description = "model directory (default: ${DEFAULT-VALUE})")
  Path model;

  @Option(names = "--untrained", description = "benchmark this architecture with random weights instead of --model")
  String untrained;

  @Option(names = "--batches", split = ",", defaultValue = "1,32,128", description = "(default: ${DEFAULT-VALUE})")
  int[] batches;

  @Option(names = "--seconds", defaultValue = "3", description = "measuring time per batch size (default: ${DEFAULT-VALUE})")
  double seconds;

  @Override
  public Integer call() {
    try (EmotionClassifier classifier = untrained != null
        ? EmotionClassifier.untrained(untrained, 1)
        : EmotionClassifier.open(model)) {
      List<InferenceBenchmark.Row> rows = InferenceBenchmark.run(classifier, batches, seconds);
      out().println(classifier.modelId() + ", " + Runtime.getRuntime().availableProcessors() + " cores:");
      out().print(InferenceBenchmark.table(rows));
    }
    return 0;
  }

  private java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
