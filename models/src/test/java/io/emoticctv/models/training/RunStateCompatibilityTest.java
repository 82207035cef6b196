package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.models.TrainingRecipe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint written before class weights, mixup and distillation existed still resumes. */
class RunStateCompatibilityTest {

  @Test
  void stateWithoutTheNewRecipeKeysReadsAsTheSameRecipeWithThemOff(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("state.json");
    Files.writeString(file, """
        {"architecture":"resnet-m","recipe":{"epochs":80,"batchSize":64,"learningRate":0.05,"optimizer":"sgd",
        "momentum":0.9,"weightDecay":5.0E-4,"schedule":"cosine","warmupEpochs":2.0,"labelSmoothing":0.1,
        "augment":"strong","holdoutFraction":0.1,"seed":42},"trainData":"/data/train","completedEpochs":0,
        "bestEpoch":0,"trainSeconds":0,"history":[]}""");

    RunState state = RunState.read(file);

    TrainingRecipe strongV1 = new TrainingRecipe(80, 64, 0.05, "sgd", 0.9, 5e-4, "cosine", 2, 0.1, "strong", 0.1, 42);
    assertThat(state.recipe()).isEqualTo(strongV1);
    assertThat(state.recipe().classWeights()).isEqualTo(TrainingRecipe.CLASS_WEIGHTS_NONE);
    assertThat(state.recipe().mixupAlpha()).isZero();
    assertThat(state.recipe().distillation()).isNull();
  }
}
