package io.emoticctv.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCardTest {

  @Test
  void worstConditionIsTheLargestDropBelowTheCleanBaseline() {
    Map<String, Double> robustness = new LinkedHashMap<>();
    robustness.put("clean", 0.60);
    robustness.put("JPEG quality 30", 0.55);
    robustness.put("blur", 0.40);
    robustness.put("noise", 0.58);

    assertThat(ModelCard.worstCondition(robustness)).contains("condition: blur", "accuracy 40.0 %",
        "20.0 points below clean");
  }
}
