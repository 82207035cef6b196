package io.emoticctv.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.models.TrainingRecipe;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

  @Test
  void warmsUpLinearlyThenDecaysByCosineToZero() {
    TrainingRecipe recipe = new TrainingRecipe(10, 64, 0.1, "sgd", 0.9, 0, "cosine", 1, 0, "none", 0.1, 1);
    int perEpoch = 100;
    long total = 1000;

    assertThat(LearningRateSchedule.at(recipe, 0, total, perEpoch)).isCloseTo(0.001f, within(1e-6f));
    assertThat(LearningRateSchedule.at(recipe, 99, total, perEpoch)).isCloseTo(0.1f, within(1e-6f));
    assertThat(LearningRateSchedule.at(recipe, 100, total, perEpoch)).isCloseTo(0.1f, within(1e-6f));
    assertThat(LearningRateSchedule.at(recipe, 550, total, perEpoch)).isCloseTo(0.05f, within(1e-6f));
    assertThat(LearningRateSchedule.at(recipe, 999, total, perEpoch)).isLessThan(0.0001f);
  }
}
