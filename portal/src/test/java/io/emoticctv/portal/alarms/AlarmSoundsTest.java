package io.emoticctv.portal.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.portal.admin.EmotionCategory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlarmSoundsTest {
  static final List<EmotionCategory> CATEGORIES =
      List.of(
          new EmotionCategory("fear", "Fear", "#8e4ec6", true, "alarm", List.of("fear"), true),
          new EmotionCategory("anger", "Anger", "#e5484d", true, "", List.of("anger"), true));

  @Test
  void anAlertPlaysItsCategorysSoundOnceUploadedElseItsSeveritys() {
    AlarmSounds.Picker uploaded = new AlarmSounds.Picker(CATEGORIES, Set.of("alarm"));
    assertThat(uploaded.forAlert("FEAR", "HIGH")).isEqualTo("alarm");
    assertThat(uploaded.forAlert("fear", "HIGH")).isEqualTo("alarm");
    assertThat(uploaded.forAlert("ANGER", "LOW")).as("no category sound").isEqualTo("LOW");
    assertThat(uploaded.forAlert("not-an-emotion", "LOW")).isEqualTo("LOW");
    AlarmSounds.Picker notUploaded = new AlarmSounds.Picker(CATEGORIES, Set.of("HIGH"));
    assertThat(notUploaded.forAlert("FEAR", "HIGH")).isEqualTo("HIGH");
  }
}
