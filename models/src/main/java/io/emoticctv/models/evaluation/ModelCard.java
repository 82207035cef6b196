package io.emoticctv.models.evaluation;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.models.CalibrationSummary;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.TrainingRecipe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders MODEL_CARD.md from model.json and a validation report. */
public final class ModelCard {
  private ModelCard() {}

  public static String render(ModelDescriptor model, EvaluationReport validation) {
    TrainingRecipe r = model.recipe();
    StringBuilder sb = new StringBuilder();
    sb.append("# Model card: ").append(model.modelId()).append("\n\n");
    sb.append("Facial-expression classifier of EmotiCCTV: one 48x48 gray face crop in, probabilities of seven ")
        .append("emotions out (anger, disgust, fear, happiness, neutral, sadness, surprise, in that order).\n\n");
    sb.append("| | |\n|---|---|\n");
    row(sb, "model id", model.modelId());
    row(sb, "architecture", model.architecture() + String.format(Locale.ROOT, " (%,d parameters)", model.parameterCount()));
    row(sb, "weights", "`" + model.paramsFile() + "`");
    row(sb, "weights SHA-256", "`" + model.paramsSha256() + "`");
    row(sb, "created", model.createdAt());
    row(sb, "input", model.inputNormalisation());
    row(sb, "output", "7 softmax probabilities in `io.emoticctv.contracts.Emotion` order");
    row(sb, "validation accuracy", String.format(Locale.ROOT, "**%.2f %%** (%d images)", 100 * validation.accuracy(),
        validation.images()));
    row(sb, "validation macro-F1", String.format(Locale.ROOT, "**%.3f**", validation.macroF1()));
    if (model.calibration() != null) {
      CalibrationSummary c = model.calibration();
      row(sb, "calibration", String.format(Locale.ROOT, "temperature **%.3f** (logits / T, applied by "
          + "`EmotionClassifier`), fitted on the train holdout (%d images); validation ECE %.3f → %.3f",
          c.temperature(), c.fitImages(), c.eceBefore(), c.eceAfter()));
    }
    if (model.holdout() != null) {
      row(sb, "holdout accuracy / macro-F1 (selection)", String.format(Locale.ROOT, "%.2f %% / %.3f (%d images)",
          100 * model.holdout().accuracy(), model.holdout().macroF1(), model.holdout().images()));
    }
    sb.append("\n## Data\n\n");
    sb.append("- Training: `").append(model.trainData()).append("` (FER2013 Training split, 28,709 images in ")
        .append("the full set), minus a stratified holdout of ")
        .append(pct(r == null ? 0 : r.holdoutFraction())).append(" used only to pick the best epoch.\n");
    sb.append("- Validation: `").append(validation.data()).append("` (FER2013 PublicTest), never used for ")
        .append("training or selection. FER2013 PrivateTest is kept aside.\n");
    sb.append("- Every image passes through `FacePreprocessing.toModelInput` (the same function ingest applies to ")
        .append("live crops). No images are stored with the model.\n");
    if (r != null) {
      sb.append("\n## Training recipe\n\n");
      sb.append(String.format(Locale.ROOT,
          "%s, %d epochs (best: %d), batch %d, peak learning rate %s (%s schedule, %s warm-up epochs), momentum %s, "
              + "weight decay %s, label smoothing %s, augmentation `%s`, seed %d; %s of training wall time on 2 CPU cores.%n",
          r.optimizer().equals(TrainingRecipe.SGD) ? "SGD with Nesterov momentum" : "Adam (decoupled weight decay)",
          r.epochs(), model.bestEpoch(), r.batchSize(), r.learningRate(), r.schedule(), r.warmupEpochs(),
          r.momentum(), r.weightDecay(), r.labelSmoothing(), r.augment(), r.seed(),
          duration(model.trainSeconds())));
      if (!r.classWeights().equals(TrainingRecipe.CLASS_WEIGHTS_NONE) || r.mixupAlpha() > 0 || r.distillation() != null) {
        sb.append(String.format(Locale.ROOT, "Class weights `%s`, mixup alpha %s%s.%n", r.classWeights(),
            r.mixupAlpha(), r.distillation() == null ? "" : String.format(Locale.ROOT,
                ", distilled from `%s` (weights %s) at temperature %s with soft-target weight %s",
                r.distillation().teacher(), r.distillation().teacherSha256(), r.distillation().temperature(),
                r.distillation().weight())));
      }
    }
    sb.append("\n## Validation per class\n\n").append(validation.perClassTable());
    sb.append("\nConfusion matrix (rows: true emotion, columns: predicted):\n\n").append(validation.confusionTable());
    if (model.robustness() != null) {
      sb.append("\n## Robustness to CCTV conditions\n\n").append("Validation accuracy: ")
          .append(model.robustness().entrySet().stream()
              .map(e -> String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100 * e.getValue()))
              .collect(Collectors.joining("; ")))
          .append(". Details, charts and speed figures: the model's REPORT.md (`models report`).\n");
    }
    sb.append("\n## Known weaknesses\n\n");
    List<String> weaknesses = new ArrayList<>(weaknesses(validation));
    if (model.robustness() != null && model.robustness().size() > 1) {
      weaknesses.add(1, worstCondition(model.robustness()));
    }
    for (String w : weaknesses) {
      sb.append("- ").append(w).append('\n');
    }
    return sb.toString();
  }

  /** Data-driven weaknesses (weakest classes, most frequent confusion) plus the domain caveats. */
  static List<String> weaknesses(EvaluationReport v) {
    List<String> out = new ArrayList<>();
    List<EvaluationReport.ClassScore> byF1 = new ArrayList<>(v.perClass());
    byF1.sort(Comparator.comparingDouble(EvaluationReport.ClassScore::f1));
    out.add(String.format(Locale.ROOT, "Weakest classes: %s (F1 %.2f, recall %.2f) and %s (F1 %.2f, recall %.2f).",
        byF1.get(0).emotion(), byF1.get(0).f1(), byF1.get(0).recall(), byF1.get(1).emotion(), byF1.get(1).f1(),
        byF1.get(1).recall()));
    int bestT = 0;
    int bestP = 1;
    for (int t = 0; t < Emotion.COUNT; t++) {
      for (int p = 0; p < Emotion.COUNT; p++) {
        if (t != p && v.confusion()[t][p] > v.confusion()[bestT][bestP]) {
          bestT = t;
          bestP = p;
        }
      }
    }
    out.add(String.format(Locale.ROOT, "Most frequent confusion: %s taken for %s (%d of %d validation images).",
        Emotion.values()[bestT].key(), Emotion.values()[bestP].key(), v.confusion()[bestT][bestP],
        v.perClass().get(bestT).support()));
    out.add("Disgust has 436 training images (1.5 %): its scores are the least reliable; alert rules should not "
        + "rely on it alone.");
    out.add("FER2013 faces are mostly frontal, web-sourced and centred; CCTV faces are smaller, blurred, seen from "
        + "above and under other lighting, so expect lower accuracy on live cameras than on this validation set.");
    out.add("An expression is not an emotion: the output describes a face in one frame, and single-frame scores "
        + "are noisy; the job aggregates them per camera over time windows. FER2013's labels and demographics carry the "
        + "dataset's own biases, which were not measured here.");
    return out;
  }

  /** The simulated CCTV condition that costs the most accuracy; the first entry is the clean baseline. */
  static String worstCondition(Map<String, Double> robustness) {
    double clean = robustness.values().iterator().next();
    Map.Entry<String, Double> worst = robustness.entrySet().stream().skip(1)
        .min(Map.Entry.comparingByValue()).orElseThrow();
    return String.format(Locale.ROOT, "Most damaging simulated CCTV condition: %s (validation accuracy %.1f %%, "
        + "%.1f points below clean); train with such degradations before relying on small or blurred faces.",
        worst.getKey(), 100 * worst.getValue(), 100 * (clean - worst.getValue()));
  }

  private static void row(StringBuilder sb, String key, String value) {
    sb.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  private static String pct(double f) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * f);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
  }
}
