package io.emoticctv.models.cli;

import io.emoticctv.models.DjlRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command line of the models module: train, distill, evaluate, benchmark and report on emotion networks.
 *
 * <p>Reads no configuration besides its arguments (see {@code --help} of each subcommand) and
 * the system properties {@code ai.djl.offline} (forced to true unless given) and
 * {@code ai.djl.pytorch.num_threads}.
 */
@Command(name = "models", mixinStandardHelpOptions = true, version = "models 0.1.0",
    description = "Train, evaluate and benchmark EmotiCCTV emotion networks.",
    subcommands = {TrainCommand.class, EvaluateCommand.class, BenchmarkCommand.class, ReportCommand.class, DistillCommand.class})
public final class ModelsCli implements Runnable {

  public static void main(String[] args) {
    DjlRuntime.prepare();
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "models-cli-logback.xml");
    }
    CommandLine commandLine = commandLine();
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    System.exit(exitCode);
  }

  static CommandLine commandLine() {
    return new CommandLine(new ModelsCli());
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
