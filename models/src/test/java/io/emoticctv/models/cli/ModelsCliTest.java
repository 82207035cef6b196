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
    assertThat(out.toString()).contains("train", "distill", "evaluate", "benchmark", "report");

    out.getBuffer().setLength(0);
    assertThat(cli.execute("train", "--help")).isZero();
    assertThat(out.toString()).contains("--data", "--architecture", "--epochs", "--batch", "--lr", "--optimizer",
        "--seed", "--augment", "--run-dir", "--out", "--holdout-fraction", "--class-weights", "--mixup");

    out.getBuffer().setLength(0);
    assertThat(cli.execute("distill", "--help")).isZero();
    assertThat(out.toString()).contains("--teacher", "--distill-temperature", "--distill-weight", "--architecture",
        "--run-dir", "--mixup");
  }

  @Test
  void benchmarkMeasuresEveryBatchSize() {
    StringWriter out = new StringWriter();
    CommandLine cli = ModelsCli.commandLine().setOut(new PrintWriter(out));

    assertThat(cli.execute("benchmark", "--untrained", "compact-cnn", "--batches", "1,8", "--seconds", "0.2")).isZero();
    assertThat(out.toString()).contains("untrained-compact-cnn", "| 1 |", "| 8 |", "faces/s");
  }

  @Test
  void benchmarkRunsFloat16AndExplainsWhyBfloat16IsNotMeasured() {
    StringWriter out = new StringWriter();
    CommandLine cli = ModelsCli.commandLine().setOut(new PrintWriter(out));

    assertThat(cli.execute("benchmark", "--untrained", "compact-cnn", "--batches", "2", "--seconds", "0.1",
        "--precision", "float16,bfloat16")).isZero();
    assertThat(out.toString()).contains("in float16", "| 2 |", "in bfloat16", "not measured: bfloat16 is not available",
        "std::terminate");
  }
}
