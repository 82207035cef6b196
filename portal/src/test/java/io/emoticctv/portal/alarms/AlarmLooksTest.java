package io.emoticctv.portal.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.portal.admin.EmotionCategory;
import io.emoticctv.portal.admin.EmotionLooks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlarmLooksTest {
  static final List<EmotionCategory> CATEGORIES =
      List.of(
          new EmotionCategory("fear", "Fear", "#8e4ec6", true, "", List.of("fear"), true),
          new EmotionCategory("distress", "Distress", "#b54dc4", true, "", List.of("fear", "sadness"), false),
          new EmotionCategory("tense", "Tense", "#aa5500", false, "", List.of("anger", "fear"), false),
          new EmotionCategory("upset", "Upset", "#cc0000", true, "", List.of("anger", "fear"), false));

  @Test
  void anAlertNamesTheAbnormalGroupsOfItsEmotion() {
    AlarmLooks looks = new AlarmLooks(EmotionLooks.legend(CATEGORIES), EmotionLooks.groups(CATEGORIES),
        new AlarmSounds.Picker(CATEGORIES, Set.of()));
    assertThat(looks.abnormalGroups("FEAR")).as("not the group Tense, which is not abnormal").isEqualTo("Distress, Upset");
    assertThat(looks.abnormalGroups("sadness")).isEqualTo("Distress");
    assertThat(looks.abnormalGroups("HAPPINESS")).isEmpty();
    assertThat(looks.abnormalGroups("not-an-emotion")).isEmpty();
  }
}
