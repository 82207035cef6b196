package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.Sha256;
import io.emoticctv.models.TinyFerDataset;
import io.emoticctv.models.TrainingRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionTrainerTest {
  private static final TrainingRecipe RECIPE =
      new TrainingRecipe(2, 16, 0.05, "sgd", 0.9, 5e-4, "cosine", 0.5, 0.1, "strong", 0.2, 5);

  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void writeData() throws Exception {
    data = TinyFerDataset.write(tmp.resolve("data"), 12, 1); // 84 images: 63 train (3 batches), 21 holdout
  }

  @Test
  void twoEpochRunWritesCheckpointsCsvAndAModelDirectory(@TempDir Path dir) throws Exception {
    TrainingResult result = EmotionTrainer.train(config(dir.resolve("run"), dir.resolve("model"), RECIPE, 0));

    assertThat(result.startEpoch()).isEqualTo(1);
    assertThat(result.completedEpochs()).isEqualTo(2);
    assertThat(result.finished()).isTrue();
    assertThat(result.history()).extracting(EpochStats::epoch).containsExactly(1, 2);
    assertThat(result.bestEpoch()).isBetween(1, 2);
    assertThat(result.history()).allSatisfy(s -> {
      assertThat(s.trainLoss()).isPositive().isFinite();
      assertThat(s.holdoutAccuracy()).isBetween(0.0, 1.0);
    });
    assertThat(result.checkpoint().resolve("weights-0002.params")).isRegularFile();
    assertThat(result.checkpoint().resolve("optimizer.bin")).isRegularFile();
    assertThat(Files.readAllLines(dir.resolve("run").resolve(EmotionTrainer.EPOCHS_CSV)))
        .hasSize(3).first().asString().startsWith("epoch,train_loss");

    ModelDescriptor model = result.model();
    assertThat(model.modelId()).isEqualTo("tiny-v0");
    assertThat(model.bestEpoch()).isEqualTo(result.bestEpoch());
    assertThat(model.holdout().accuracy()).isEqualTo(result.best().holdoutAccuracy());
    assertThat(model.recipe()).isEqualTo(RECIPE);
    assertThat(ModelDescriptor.read(dir.resolve("model"))).isEqualTo(model);
    try (EmotionClassifier classifier = EmotionClassifier.open(dir.resolve("model"))) {
      assertThat(classifier.weightsSha256()).isEqualTo(Sha256.of(dir.resolve("model").resolve(model.paramsFile())));
      assertThat(classifier.classify(List.of(new byte[48 * 48]))).hasNumberOfRows(1);
    }
  }

  @Test
  void resumedRunContinuesAtEpochTwoAndEndsWithTheSameWeights(@TempDir Path dir) {
    TrainingResult straight = EmotionTrainer.train(config(dir.resolve("straight"), dir.resolve("m1"), RECIPE, 0));

    TrainingResult firstHalf = EmotionTrainer.train(config(dir.resolve("resumed"), dir.resolve("m2"), RECIPE, 1));
    assertThat(firstHalf.completedEpochs()).isEqualTo(1);
    assertThat(firstHalf.finished()).isFalse();
    assertThat(firstHalf.model()).isNull();
    assertThat(firstHalf.checkpoint().resolve("weights-0001.params")).isRegularFile();

    TrainingResult secondHalf = EmotionTrainer.train(config(dir.resolve("resumed"), dir.resolve("m2"), RECIPE, 0));
    assertThat(secondHalf.startEpoch()).isEqualTo(2);
    assertThat(secondHalf.completedEpochs()).isEqualTo(2);
    assertThat(secondHalf.history().get(0)).isEqualTo(firstHalf.history().get(0));
    EpochStats a = straight.history().get(1);
    EpochStats b = secondHalf.history().get(1);
    assertThat(b.trainLoss()).isEqualTo(a.trainLoss());
    assertThat(b.holdoutLoss()).isEqualTo(a.holdoutLoss());
    assertThat(secondHalf.model().paramsSha256()).isEqualTo(straight.model().paramsSha256());
  }

  @Test
  void runDirectoryOfAnotherRecipeIsNotResumed(@TempDir Path dir) {
    EmotionTrainer.train(config(dir.resolve("run"), null, RECIPE, 1));
    TrainingRecipe other = new TrainingRecipe(2, 16, 0.01, "sgd", 0.9, 5e-4, "cosine", 0.5, 0.1, "strong", 0.2, 5);

    assertThatThrownBy(() -> EmotionTrainer.train(config(dir.resolve("run"), null, other, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another --run-dir");
  }

  private static TrainingConfig config(Path runDir, Path outDir, TrainingRecipe recipe, int stopAfter) {
    return new TrainingConfig(data, runDir, outDir, "tiny", "v0", EmotionNetworks.COMPACT_CNN, recipe, stopAfter, 0);
  }
}
