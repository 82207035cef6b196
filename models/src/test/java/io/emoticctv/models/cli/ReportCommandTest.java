package io.emoticctv.models.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.TinyFerDataset;
import io.emoticctv.models.TrainingRecipe;
import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.evaluation.TemperatureScaling;
import io.emoticctv.models.report.ModelReport;
import io.emoticctv.models.robustness.CctvCondition;
import io.emoticctv.models.training.EmotionTrainer;
import io.emoticctv.models.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report command on a tiny trained model, compared with the run directory it came from. */
class ReportCommandTest {

  @Test
  void writesReportChartsAndCsvAndRecordsTheTemperatureTheClassifierThenApplies(@TempDir Path tmp) throws Exception {
    Path train = TinyFerDataset.write(tmp.resolve("train"), 12, 1);
    Path val = TinyFerDataset.write(tmp.resolve("val"), 4, 2);
    Path model = tmp.resolve("model");
    Path run = tmp.resolve("run");
    EmotionTrainer.train(new TrainingConfig(train, run, model, "tiny", "v1", EmotionNetworks.COMPACT_CNN,
        new TrainingRecipe(1, 16, 0.05, "sgd", 0.9, 5e-4, "constant", 0, 0.1, "none", 0.2, 5), 0, 0));
    Path out = tmp.resolve("report");

    int exit = cli().execute("report", "--model", model.toString(), "--compare", run.toString(), "--data",
        val.toString(), "--out", out.toString(), "--record", "--batches", "1,2", "--seconds", "0.05",
        "--cpu-note", "nothing else");

    assertThat(exit).isZero();
    String report = Files.readString(out.resolve(ModelReport.REPORT_FILE));
    assertThat(report).contains("tiny-v1 vs run-epoch1", "validation accuracy, single view", "validation accuracy, TTA",
        "temperature (fitted on train holdout)", "## Robustness to CCTV conditions", "JPEG quality 30",
        "rotated -15 degrees", "ms per face, batch 2", "5–9 ms per face on one thread", "nothing else",
        "bfloat16 through DJL/PyTorch: refused", "| float16 / float32 time |");
    for (String id : List.of("tiny-v1", "run-epoch1")) {
      BufferedImage confusion = ImageIO.read(out.resolve(id + "-confusion.png").toFile());
      assertThat(confusion.getWidth()).isGreaterThan(400);
      assertThat(ImageIO.read(out.resolve(id + "-reliability.png").toFile())).isNotNull();
      List<String> csv = Files.readAllLines(out.resolve(id + "-confusion.csv"));
      assertThat(csv).hasSize(8);
      assertThat(csv.get(0)).isEqualTo("true\\predicted,anger,disgust,fear,happiness,neutral,sadness,surprise");
      for (String row : csv.subList(1, 8)) {
        assertThat(Arrays.stream(row.split(",")).skip(1).mapToInt(Integer::parseInt).sum()).isEqualTo(4);
      }
    }

    ModelDescriptor recorded = ModelDescriptor.read(model);
    double t = recorded.calibration().temperature();
    assertThat(recorded.calibration().fitImages()).isEqualTo(14); // 20 % of 12 per class
    assertThat(recorded.robustness()).containsOnlyKeys(
        Arrays.stream(CctvCondition.values()).map(CctvCondition::description).toArray(String[]::new));
    assertThat(Files.readString(model.resolve("MODEL_CARD.md"))).contains("calibration", "temperature",
        "Robustness to CCTV conditions");
    FerDataset faces = FerDataset.load(val);
    float[][] raw;
    try (EmotionClassifier uncalibrated = EmotionClassifier.open(model, recorded.withCalibration(null))) {
      raw = uncalibrated.classify(faces.images());
    }
    try (EmotionClassifier calibrated = EmotionClassifier.open(model)) {
      assertThat(calibrated.temperature()).isEqualTo(t);
      float[][] rows = calibrated.classify(faces.images());
      float[][] expected = TemperatureScaling.apply(raw, t);
      for (int i = 0; i < rows.length; i++) {
        assertThat(rows[i]).containsExactly(expected[i], within(1e-4f));
      }
    }
  }

  @Test
  void aFolderThatIsNeitherAModelNorARunIsRefused(@TempDir Path tmp) throws Exception {
    Path val = TinyFerDataset.write(tmp.resolve("val"), 1, 2);
    StringWriter err = new StringWriter();
    CommandLine cli = cli().setErr(new PrintWriter(err));

    int exit = cli.execute("report", "--model", tmp.toString(), "--data", val.toString(), "--out",
        tmp.resolve("out").toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("neither a model directory");
  }

  private static CommandLine cli() {
    return ModelsCli.commandLine();
  }
}
