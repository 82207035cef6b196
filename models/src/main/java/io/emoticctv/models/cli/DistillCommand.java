package io.emoticctv.models.cli;

import io.emoticctv.models.Distillation;
import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.training.EmotionTrainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "distill", mixinStandardHelpOptions = true,
    description = {"Train a student network (--architecture) on the labels and on a teacher model's softened"
        + " probabilities: loss = (1 - w) * cross-entropy(labels) + w * T^2 * KL(teacher_T || student_T).",
        "Checkpoints and resumes like train; the teacher's weights SHA-256 is part of the run's recipe."})
final class DistillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TrainingOptions options;

  @Option(names = "--teacher", required = true, description = "the teacher's model directory")
  Path teacher;

  @Option(names = "--distill-temperature", defaultValue = "4", description = "T of the soft targets (default: ${DEFAULT-VALUE})")
  double temperature;

  @Option(names = "--distill-weight", defaultValue = "0.7", description = "share w of the soft term (default: ${DEFAULT-VALUE})")
  double weight;

  @Override
  public Integer call() {
    String teacherSha;
    try (EmotionClassifier model = EmotionClassifier.open(teacher)) {
      teacherSha = model.weightsSha256();
    }
    Distillation distillation = new Distillation(teacher.toAbsolutePath().normalize().toString(), teacherSha,
        temperature, weight);
    options.print(EmotionTrainer.train(options.config(distillation)), spec.commandLine().getOut());
    return 0;
  }
}
