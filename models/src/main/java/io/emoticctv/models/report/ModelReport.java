package io.emoticctv.models.report;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.ModelDirectory;
import io.emoticctv.models.TrainingRecipe;
import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.data.StratifiedSplit;
import io.emoticctv.models.evaluation.ModelCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation report of one model, optionally compared with a second: REPORT.md plus, per
 * model, the confusion matrix as CSV and PNG and a reliability diagram PNG, all in one folder.
 */
public final class ModelReport {
  public static final String REPORT_FILE = "REPORT.md";
  private static final Logger LOG = LoggerFactory.getLogger(ModelReport.class);

  /**
   * @param models model or training run directories; the first is model A
   * @param validation labelled validation folder
   * @param trainData training folder to re-create each model's holdout from; null = the one its
   *     model.json / state.json names
   * @param out folder the report is written to
   * @param record store the first model's calibration and robustness in its model.json and
   *     re-render its MODEL_CARD.md (model directories only)
   */
  public record Request(List<Path> models, Path validation, Path trainData, Path out, int batch, int[] batchSizes,
      double benchmarkSeconds, boolean record, String commandLine, String cpuNote) {
    public Request {
      models = List.copyOf(models);
      if (models.isEmpty() || models.size() > 2) {
        throw new IllegalArgumentException("a report covers one model, or two to compare");
      }
      Objects.requireNonNull(validation, "validation");
      Objects.requireNonNull(out, "out");
    }
  }

  private ModelReport() {}

  /** Measures every model and writes the report; returns what was measured, model A first. */
  public static List<ModelAssessment> generate(Request request) {
    List<ReportedModel> models = request.models().stream().map(ReportedModel::load).toList();
    if (request.record() && !models.get(0).isModelDirectory()) {
      throw new IllegalArgumentException("--record needs a model directory, not a run: " + request.models().get(0));
    }
    ReportContext context = new ReportContext(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), request.commandLine(), request.cpuNote(), firstLine(Path.of("/proc/loadavg")),
        Runtime.getRuntime().availableProcessors(), precisionFlags(Path.of("/proc/cpuinfo")));
    Path validationDir = request.validation().toAbsolutePath().normalize();
    FerDataset validation = FerDataset.load(validationDir);
    Map<Path, FerDataset> trainSets = new HashMap<>();
    List<ModelAssessment> assessments = new ArrayList<>();
    for (ReportedModel model : models) {
      Path trainDir = request.trainData() != null ? request.trainData().toAbsolutePath().normalize()
          : Path.of(Objects.requireNonNull(model.descriptor().trainData(), "model names no training folder; pass --train-data"));
      TrainingRecipe recipe = Objects.requireNonNull(model.descriptor().recipe(),
          "model " + model.descriptor().modelId() + " has no recipe, so its holdout cannot be re-created");
      FerDataset train = trainSets.computeIfAbsent(trainDir, FerDataset::load);
      FerDataset holdout = StratifiedSplit.of(train, recipe.holdoutFraction(), recipe.seed()).holdout();
      String holdoutName = String.format(Locale.ROOT, "stratified holdout (%.0f %%, seed %d) of %s",
          100 * recipe.holdoutFraction(), recipe.seed(), trainDir);
      assessments.add(ModelAssessor.assess(model, new ModelAssessor.Inputs(validation, validationDir.toString(),
          holdout, holdoutName, request.batch(), request.batchSizes(), request.benchmarkSeconds())));
    }
    write(request.out(), assessments, context);
    if (request.record()) {
      record(assessments.get(0));
    }
    return assessments;
  }

  private static void write(Path out, List<ModelAssessment> assessments, ReportContext context) {
    for (ModelAssessment a : assessments) {
      ConfusionMatrixChart.write(out.resolve(ReportMarkdown.confusionPng(a)),
          "Confusion matrix: " + a.modelId() + " on validation", a.validation().confusion());
      ReliabilityDiagramChart.write(out.resolve(ReportMarkdown.reliabilityPng(a)),
          "Reliability on validation: " + a.modelId(), a.binsBefore(), a.binsAfter(), a.calibration().eceBefore(),
          a.calibration().eceAfter(), a.calibration().temperature());
      writeString(out.resolve(ReportMarkdown.confusionCsv(a)), confusionCsv(a.validation().confusion()));
    }
    writeString(out.resolve(REPORT_FILE), ReportMarkdown.render(assessments, context));
    LOG.info("report written to {}", out.resolve(REPORT_FILE));
  }

  /** Calibration and robustness into model.json; MODEL_CARD.md re-rendered from it. */
  private static void record(ModelAssessment a) {
    Path dir = a.model().dir();
    Map<String, Double> robustness = new LinkedHashMap<>();
    a.robustness().forEach((condition, accuracy) -> robustness.put(condition.description(), accuracy));
    ModelDescriptor updated = ModelDescriptor.read(dir).withCalibration(a.calibration()).withRobustness(robustness);
    updated.write(dir);
    writeString(dir.resolve(ModelDirectory.MODEL_CARD), ModelCard.render(updated, a.validation()));
    LOG.info("calibration and robustness recorded in {}", dir.resolve(ModelDescriptor.FILE_NAME));
  }

  /** Header row "true\predicted,anger,...", then one row per true emotion. */
  static String confusionCsv(int[][] confusion) {
    StringBuilder sb = new StringBuilder("true\\predicted");
    for (Emotion e : Emotion.values()) {
      sb.append(',').append(e.key());
    }
    sb.append('\n');
    for (Emotion t : Emotion.values()) {
      sb.append(t.key());
      for (int n : confusion[t.ordinal()]) {
        sb.append(',').append(n);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String precisionFlags(Path cpuinfo) {
    String flags = firstLineStartingWith(cpuinfo, "flags");
    return Stream.of(flags.split("\\s+")).filter(f -> f.contains("bf16") || f.startsWith("amx") || f.contains("fp16"))
        .distinct().collect(Collectors.joining(" "));
  }

  private static String firstLine(Path file) {
    return firstLineStartingWith(file, "");
  }

  private static String firstLineStartingWith(Path file, String prefix) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static void writeString(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
