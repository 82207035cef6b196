package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.models.Distillation;
import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.TestModels;
import io.emoticctv.models.TinyFerDataset;
import io.emoticctv.models.TrainingRecipe;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student distilled from a teacher with balanced class weights and mixup, stopped and resumed. */
class DistillationRunTest {
  @TempDir static Path tmp;
  static Path data;
  static TrainingRecipe recipe;

  @BeforeAll
  static void writeDataAndTeacher() throws Exception {
    data = TinyFerDataset.write(tmp.resolve("data"), 12, 1);
    Path teacherDir = tmp.resolve("teacher");
    ModelDescriptor teacher = TestModels.writeUntrained(teacherDir, EmotionNetworks.COMPACT_CNN, 3);
    recipe = new TrainingRecipe(2, 16, 0.05, "sgd", 0.9, 5e-4, "cosine", 0.5, 0.1, "light", 0.2, 5,
        TrainingRecipe.CLASS_WEIGHTS_BALANCED, 0.4,
        new Distillation(teacherDir.toString(), teacher.paramsSha256(), 3, 0.5));
  }

  @Test
  void distilledRunResumedAfterEpochOneEndsWithTheWeightsOfAStraightRun(@TempDir Path dir) {
    TrainingResult straight = EmotionTrainer.train(config(dir.resolve("straight"), dir.resolve("m1"), 0));
    TrainingResult first = EmotionTrainer.train(config(dir.resolve("resumed"), dir.resolve("m2"), 1));
    TrainingResult rest = EmotionTrainer.train(config(dir.resolve("resumed"), dir.resolve("m2"), 0));

    assertThat(straight.history()).allSatisfy(s -> assertThat(s.trainLoss()).isPositive().isFinite());
    assertThat(first.completedEpochs()).isEqualTo(1);
    assertThat(rest.startEpoch()).isEqualTo(2);
    assertThat(rest.history().get(1).trainLoss()).isEqualTo(straight.history().get(1).trainLoss());
    assertThat(rest.model().paramsSha256()).isEqualTo(straight.model().paramsSha256());
    assertThat(ModelDescriptor.read(dir.resolve("m1")).recipe()).isEqualTo(recipe);
  }

  private static TrainingConfig config(Path runDir, Path outDir, int stopAfter) {
    return new TrainingConfig(data, runDir, outDir, "student", "v0", EmotionNetworks.COMPACT_CNN, recipe, stopAfter, 0);
  }
}
