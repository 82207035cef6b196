package io.emoticctv.models.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.emoticctv.contracts.Emotion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of evaluating one model on one labelled folder, as printed and as written to JSON.
 *
 * @param confusion rows = true emotion, columns = predicted, both in {@link Emotion} order
 */
public record EvaluationReport(
    String modelId,
    String weightsSha256,
    String data,
    int images,
    double accuracy,
    double macroF1,
    List<ClassScore> perClass,
    int[][] confusion) {

  public record ClassScore(String emotion, double precision, double recall, double f1, int support) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static EvaluationReport of(String modelId, String weightsSha256, String data, ClassificationMetrics m) {
    List<ClassScore> scores = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      int c = e.ordinal();
      scores.add(new ClassScore(e.key(), m.precision(c), m.recall(c), m.f1(c), m.support(c)));
    }
    return new EvaluationReport(modelId, weightsSha256, data, m.total(), m.accuracy(), m.macroF1(), scores,
        m.confusion());
  }

  public static EvaluationReport readJson(Path file) {
    try {
      return JSON.readValue(file.toFile(), EvaluationReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public void writeJson(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Markdown table: one row per emotion, then the macro average. */
  public String perClassTable() {
    StringBuilder sb = new StringBuilder("| emotion | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
    double p = 0;
    double r = 0;
    for (ClassScore s : perClass) {
      sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", s.emotion(), s.precision(),
          s.recall(), s.f1(), s.support()));
      p += s.precision();
      r += s.recall();
    }
    sb.append(String.format(Locale.ROOT, "| **macro** | %.3f | %.3f | %.3f | %d |%n", p / perClass.size(),
        r / perClass.size(), macroF1, images));
    return sb.toString();
  }

  /** Markdown confusion matrix, rows = true, columns = predicted. */
  public String confusionTable() {
    StringBuilder sb = new StringBuilder("| true \\ predicted |");
    for (Emotion e : Emotion.values()) {
      sb.append(' ').append(e.key()).append(" |");
    }
    sb.append("\n|---|").append("---:|".repeat(Emotion.COUNT)).append('\n');
    for (Emotion t : Emotion.values()) {
      sb.append("| ").append(t.key()).append(" |");
      for (int p = 0; p < Emotion.COUNT; p++) {
        sb.append(' ').append(confusion[t.ordinal()][p]).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  public String summaryLine() {
    return String.format(Locale.ROOT, "%s on %s (%d images): accuracy %.4f, macro-F1 %.4f", modelId, data, images,
        accuracy, macroF1);
  }
}
