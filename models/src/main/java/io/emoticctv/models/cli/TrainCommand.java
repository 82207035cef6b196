package io.emoticctv.models.cli;

import io.emoticctv.models.training.EmotionTrainer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train an emotion network; checkpoints every epoch to --run-dir and resumes from it"
        + " when run again with the same settings.",
        "Architectures: compact-cnn, resnet-s, resnet-m, resnet-l."})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TrainingOptions options;

  @Override
  public Integer call() {
    options.print(EmotionTrainer.train(options.config(null)), spec.commandLine().getOut());
    return 0;
  }
}
