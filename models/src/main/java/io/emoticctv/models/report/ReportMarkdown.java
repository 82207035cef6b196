package io.emoticctv.models.report;

import io.emoticctv.models.benchmark.InferenceBenchmark;
import io.emoticctv.models.evaluation.TestTimeAugmentation;
import io.emoticctv.models.robustness.CctvCondition;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders REPORT.md from the assessments of one or two models (model A, then B). */
final class ReportMarkdown {
  /** The peers' rough CPU figure for comparable 48x48 emotion networks. */
  static final String PEER_FIGURE = "5–9 ms per face on one thread";

  private ReportMarkdown() {}

  static String confusionPng(ModelAssessment a) {
    return a.modelId() + "-confusion.png";
  }

  static String confusionCsv(ModelAssessment a) {
    return a.modelId() + "-confusion.csv";
  }

  static String reliabilityPng(ModelAssessment a) {
    return a.modelId() + "-reliability.png";
  }

  static String render(List<ModelAssessment> models, ReportContext context) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Evaluation report: ").append(String.join(" vs ", models.stream().map(ModelAssessment::modelId)
        .toList())).append("\n\n");
    sb.append("Generated ").append(context.generatedAt()).append(" with\n\n```\n")
        .append(context.commandLine()).append("\n```\n\n");
    ModelAssessment first = models.get(0);
    sb.append(String.format(Locale.ROOT, "Validation: `%s` (%d images, FER2013 PublicTest). Single view = each "
        + "image classified once; TTA = %s. Temperatures are fitted on the train holdout each model's recipe "
        + "selected epochs on, re-created from its seed — never on validation.%n%n",
        first.validation().data(), first.validation().images(), TestTimeAugmentation.DESCRIPTION));

    sb.append("## Summary\n\n");
    header(sb, models);
    row(sb, models, "architecture", a -> String.format(Locale.ROOT, "%s (%,d parameters)",
        a.model().descriptor().architecture(), a.parameterCount()));
    row(sb, models, "weights", a -> "`" + a.model().descriptor().paramsFile() + "`");
    row(sb, models, "validation accuracy, single view", a -> pct(a.validation().accuracy()));
    row(sb, models, "validation accuracy, TTA", a -> pct(a.validationTta().accuracy()));
    row(sb, models, "validation macro-F1, single view / TTA", a -> String.format(Locale.ROOT, "%.3f / %.3f",
        a.validation().macroF1(), a.validationTta().macroF1()));
    row(sb, models, "temperature (fitted on train holdout)", a -> String.format(Locale.ROOT, "%.3f (%d images)",
        a.calibration().temperature(), a.calibration().fitImages()));
    row(sb, models, "validation ECE, T=1 → fitted T", a -> String.format(Locale.ROOT, "%.3f → %.3f",
        a.calibration().eceBefore(), a.calibration().eceAfter()));
    row(sb, models, "validation NLL, T=1 → fitted T", a -> String.format(Locale.ROOT, "%.3f → %.3f",
        a.nllBefore(), a.nllAfter()));
    for (int i = 0; i < first.speed().size(); i++) {
      int index = i;
      row(sb, models, "ms per face, batch " + first.speed().get(i).batch(), a -> String.format(Locale.ROOT,
          "%.2f", a.speed().get(index).msPerFace()));
    }

    sb.append("\n## Per class (validation, single view)\n\n");
    for (ModelAssessment a : models) {
      sb.append("### ").append(a.modelId()).append("\n\n").append(a.validation().perClassTable()).append('\n');
      sb.append("Confusion matrix (rows: true emotion, columns: predicted; CSV: [").append(confusionCsv(a))
          .append("](").append(confusionCsv(a)).append(")):\n\n");
      sb.append("![confusion matrix of ").append(a.modelId()).append("](").append(confusionPng(a)).append(")\n\n");
      sb.append(a.validation().confusionTable()).append('\n');
    }

    sb.append("## Calibration\n\n");
    sb.append("Expected calibration error (ECE, ").append(io.emoticctv.models.evaluation.CalibrationError.DEFAULT_BINS)
        .append(" equal-width confidence bins) on validation, with the logits divided by temperature T. T is ")
        .append("the value minimising the negative log-likelihood of the train holdout; it ships in the model's ")
        .append("`model.json` (`calibration`) and `EmotionClassifier` applies it, so callers get the calibrated ")
        .append("probabilities. Accuracy does not change (the arg-max is the same for every T > 0).\n\n");
    for (ModelAssessment a : models) {
      sb.append("![reliability diagram of ").append(a.modelId()).append("](").append(reliabilityPng(a))
          .append(")\n\n");
    }

    sb.append("## Robustness to CCTV conditions\n\n");
    sb.append("Validation accuracy (single view) when every face is degraded before preprocessing; the degraded ")
        .append("48x48 picture goes through `FacePreprocessing.toModelInput` again, as a live crop would.\n\n");
    sb.append("| condition |");
    models.forEach(a -> sb.append(' ').append(a.modelId()).append(" |"));
    sb.append("\n|---|").append("---:|".repeat(models.size())).append('\n');
    for (CctvCondition c : CctvCondition.values()) {
      sb.append("| ").append(c.description()).append(" |");
      for (ModelAssessment a : models) {
        double acc = a.robustness().get(c);
        double drop = acc - a.robustness().get(CctvCondition.CLEAN);
        sb.append(' ').append(pct(acc)).append(c == CctvCondition.CLEAN ? "" : String.format(Locale.ROOT,
            " (%+.1f)", 100 * drop)).append(" |");
      }
      sb.append('\n');
    }

    sb.append("\n## Speed\n\n");
    sb.append(String.format(Locale.ROOT, "float32, one JVM, DJL's default intra-op threads on %d cores, "
        + "`OMP_WAIT_POLICY=PASSIVE`, random crops, each batch size for a few seconds after warm-up. "
        + "Load average at the start: `%s`. Also running on the CPU: %s.%n%n", context.cores(),
        context.loadAverage().isBlank() ? "n/a" : context.loadAverage().strip(),
        context.cpuNote().isBlank() ? "nothing noted" : context.cpuNote()));
    for (ModelAssessment a : models) {
      sb.append("### ").append(a.modelId()).append("\n\n").append(InferenceBenchmark.table(a.speed())).append('\n');
    }
    sb.append("Peers' rough figure for comparison: ").append(PEER_FIGURE).append(".\n\n");
    sb.append("## Reduced precision (bfloat16, float16)\n\n");
    sb.append("CPU flags for reduced precision in /proc/cpuinfo: `")
        .append(context.cpuPrecisionFlags().isBlank() ? "none" : context.cpuPrecisionFlags())
        .append("`. bfloat16 through DJL/PyTorch: ")
        .append(first.bfloat16Outcome()).append(". Training in bfloat16 is blocked by the same mapping. ")
        .append("float16 — the only reduced type DJL can express — was measured instead, same weights:\n\n");
    sb.append("| model | batch | float32 ms/face | float16 ms/face | float16 / float32 time |\n|---|---:|---:|---:|---:|\n");
    for (ModelAssessment a : models) {
      InferenceBenchmark.Row halfRow = a.speedFloat16().get(0);
      double full = a.speed().stream().filter(r -> r.batch() == halfRow.batch())
          .mapToDouble(InferenceBenchmark.Row::msPerFace).findFirst().orElse(Double.NaN);
      double half = halfRow.msPerFace();
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.1fx |%n", a.modelId(), halfRow.batch(), full,
          half, half / full));
    }
    return sb.toString();
  }

  private static void header(StringBuilder sb, List<ModelAssessment> models) {
    sb.append("| |");
    models.forEach(a -> sb.append(' ').append(a.modelId()).append(" |"));
    sb.append("\n|---|").append("---:|".repeat(models.size())).append('\n');
  }

  private static void row(StringBuilder sb, List<ModelAssessment> models, String label,
      Function<ModelAssessment, String> value) {
    sb.append("| ").append(label).append(" |");
    models.forEach(a -> sb.append(' ').append(value.apply(a)).append(" |"));
    sb.append('\n');
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
  }
}
