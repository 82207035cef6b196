package io.emoticctv.models.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.TestModels;
import io.emoticctv.models.TinyFerDataset;
import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.evaluation.EvaluationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

  @Test
  void writesAJsonReportAndRecordsTheFiguresInTheModelDirectory(@TempDir Path tmp) throws Exception {
    Path data = TinyFerDataset.write(tmp.resolve("val"), 5, 2);
    Path model = tmp.resolve("model");
    TestModels.writeUntrained(model, EmotionNetworks.COMPACT_CNN, 4);
    Path json = tmp.resolve("out/report.json");

    int exit = ModelsCli.commandLine().execute("evaluate", "--data", data.toString(), "--model", model.toString(),
        "--json", json.toString(), "--record");

    assertThat(exit).isZero();
    EvaluationReport report = EvaluationReport.readJson(json);
    assertThat(report.images()).isEqualTo(35);
    assertThat(report.modelId()).isEqualTo("test-v1");
    assertThat(report.perClass()).hasSize(7).allSatisfy(s -> assertThat(s.support()).isEqualTo(5));
    int correct = 0;
    for (int c = 0; c < 7; c++) {
      correct += report.confusion()[c][c];
    }
    assertThat(report.accuracy()).isCloseTo(correct / 35.0, within(1e-9));
    assertThat(report.accuracy()).isCloseTo(independentAccuracy(model, data), within(1e-9));

    ModelDescriptor recorded = ModelDescriptor.read(model);
    assertThat(recorded.validation().accuracy()).isEqualTo(report.accuracy());
    assertThat(recorded.validation().macroF1()).isEqualTo(report.macroF1());
    assertThat(Files.readString(model.resolve("MODEL_CARD.md")))
        .contains("# Model card: test-v1", recorded.paramsSha256(), "| surprise |", "Known weaknesses");
  }

  @Test
  void ttaEvaluationIsLabelledAsSuchAndCoversEveryImage(@TempDir Path tmp) throws Exception {
    Path data = TinyFerDataset.write(tmp.resolve("val"), 2, 3);
    Path model = tmp.resolve("model");
    TestModels.writeUntrained(model, EmotionNetworks.COMPACT_CNN, 4);
    Path json = tmp.resolve("tta.json");

    int exit = ModelsCli.commandLine().execute("evaluate", "--data", data.toString(), "--model", model.toString(),
        "--json", json.toString(), "--tta");

    assertThat(exit).isZero();
    EvaluationReport report = EvaluationReport.readJson(json);
    assertThat(report.data()).endsWith("(TTA)");
    assertThat(report.images()).isEqualTo(14);
    assertThat(ModelsCli.commandLine().execute("evaluate", "--data", data.toString(), "--model", model.toString(),
        "--tta", "--record")).isNotZero();
  }

  @Test
  void unknownClassFolderFailsWithAClearMessage(@TempDir Path tmp) throws Exception {
    Path data = TinyFerDataset.write(tmp.resolve("val"), 1, 2);
    Files.createDirectories(data.resolve("contempt"));
    StringWriter err = new StringWriter();
    CommandLine cli = ModelsCli.commandLine().setErr(new PrintWriter(err));

    int exit = cli.execute("evaluate", "--data", data.toString(), "--model", tmp.resolve("none").toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("unknown class folders [contempt]");
  }

  private static double independentAccuracy(Path model, Path data) {
    FerDataset set = FerDataset.load(data);
    try (EmotionClassifier classifier = EmotionClassifier.open(model)) {
      float[][] rows = classifier.classify(set.images());
      int correct = 0;
      for (int i = 0; i < rows.length; i++) {
        int best = 0;
        for (int c = 1; c < 7; c++) {
          best = rows[i][c] > rows[i][best] ? c : best;
        }
        correct += best == set.labels()[i] ? 1 : 0;
      }
      return correct / (double) rows.length;
    }
  }
}
