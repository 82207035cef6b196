package io.emoticctv.models.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ModelsCliTest {

  @Test
  void helpListsTheSubcommandsAndTrainFlags() {
    StringWriter out = new StringWriter();
    CommandLine cli = ModelsCli.commandLine().setOut(new PrintWriter(out));

    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("train", "evaluate", "benchmark");

    out.getBuffer().setLength(0);
    assertThat(cli.execute("train", "--help")).isZero();
    assertThat(out.toString()).contains("--data", "--architecture", "--epochs", "--batch", "--lr", "--optimizer",
        "--seed", "--augment", "--run-dir", "--out", "--holdout-fraction");
  }

  @Test
  void benchmarkMeasuresEveryBatchSize() {
    StringWriter out = new StringWriter();
    CommandLine cli = ModelsCli.commandLine().setOut(new PrintWriter(out));

    assertThat(cli.execute("benchmark", "--untrained", "compact-cnn", "--batches", "1,8", "--seconds", "0.2")).isZero();
    assertThat(out.toString()).contains("untrained-compact-cnn", "| 1 |", "| 8 |", "faces/s");
  }
}
