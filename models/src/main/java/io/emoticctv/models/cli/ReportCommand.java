package io.emoticctv.models.cli;

import io.emoticctv.models.report.ModelAssessment;
import io.emoticctv.models.report.ModelReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Evaluation report of a model (optionally compared with a second): per-class scores, confusion"
        + " matrix (CSV, PNG), calibration with a temperature fitted on the train holdout (reliability PNG),"
        + " accuracy under simulated CCTV conditions, test-time augmentation, speed, reduced precision.",
        "--model and --compare take a model directory or a training run directory (its best checkpoint)."})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "model A: model directory or training run directory")
  Path model;

  @Option(names = "--compare", description = "model B, compared with A in every table")
  Path compare;

  @Option(names = "--data", required = true, description = "labelled validation folder, FER2013 layout")
  Path data;

  @Option(names = "--train-data", description = "training folder to re-create the holdouts from"
      + " (default: the one each model was trained on)")
  Path trainData;

  @Option(names = "--out", required = true, description = "folder for REPORT.md, CSV and PNG files")
  Path out;

  @Option(names = "--batch", defaultValue = "128", description = "evaluation batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--batches", split = ",", defaultValue = "1,32,128",
      description = "batch sizes of the speed table (default: ${DEFAULT-VALUE})")
  int[] batches;

  @Option(names = "--seconds", defaultValue = "3", description = "speed measuring time per batch size (default: ${DEFAULT-VALUE})")
  double seconds;

  @Option(names = "--cpu-note", defaultValue = "", description = "what else runs on the CPU, printed with the speeds")
  String cpuNote;

  @Option(names = "--record", description = "store model A's temperature and robustness in its model.json and"
      + " re-render its MODEL_CARD.md")
  boolean record;

  @Override
  public Integer call() {
    List<Path> models = new ArrayList<>(List.of(model));
    if (compare != null) {
      models.add(compare);
    }
    String commandLine = "models " + spec.commandLine().getParseResult().originalArgs().stream()
        .map(arg -> arg.contains(" ") ? "\"" + arg + "\"" : arg).collect(Collectors.joining(" "));
    List<ModelAssessment> assessments = ModelReport.generate(new ModelReport.Request(models, data, trainData, out,
        batch, batches, seconds, record, commandLine, cpuNote));
    for (ModelAssessment a : assessments) {
      out().printf(Locale.ROOT, "%s: accuracy %.4f (TTA %.4f), temperature %.3f, ECE %.4f -> %.4f%n", a.modelId(),
          a.validation().accuracy(), a.validationTta().accuracy(), a.calibration().temperature(),
          a.calibration().eceBefore(), a.calibration().eceAfter());
    }
    out().println("report written to " + out.resolve(ModelReport.REPORT_FILE));
    return 0;
  }

  private java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
