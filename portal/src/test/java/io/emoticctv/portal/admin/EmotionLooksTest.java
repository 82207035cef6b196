package io.emoticctv.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.web.EmotionStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionLooksTest {
  static EmotionCategory own(String key, String name, String color, String sound) {
    return new EmotionCategory(key, name, color, false, sound, List.of(key), true);
  }

  static EmotionCategory group(String key, String sound, String... members) {
    return new EmotionCategory(key, key, "#000000", true, sound, List.of(members), false);
  }

  static final List<EmotionCategory> CATEGORIES =
      List.of(
          own("fear", "Apparent fear", "#123456", "alarm"),
          own("sadness", "Sadness", "#3e63dd", ""),
          own("happiness", "Happiness", "#f5b400", ""),
          group("zz-low", "bell", "sadness", "happiness"),
          group("distress", "chime", "fear", "sadness"));

  @Test
  void theLegendNamesAndColoursEachEmotionAsItsOwnCategoryInModelOrder() {
    List<EmotionStyle.Entry> legend = EmotionLooks.legend(CATEGORIES);
    assertThat(legend).extracting(EmotionStyle.Entry::key)
        .containsExactly("anger", "disgust", "fear", "happiness", "neutral", "sadness", "surprise");
    assertThat(legend.get(Emotion.FEAR.ordinal())).isEqualTo(new EmotionStyle.Entry("fear", "Apparent fear", "#123456"));
    assertThat(legend.get(Emotion.ANGER.ordinal()))
        .as("an emotion without a row keeps its built-in look")
        .isEqualTo(new EmotionStyle.Entry("anger", "Anger", EmotionStyle.color(Emotion.ANGER)));
  }

  @Test
  void anEmotionsSoundIsItsOwnElseTheFirstGroupsThatNamesOne() {
    assertThat(EmotionLooks.sound(Emotion.FEAR, CATEGORIES)).isEqualTo("alarm");
    assertThat(EmotionLooks.sound(Emotion.SADNESS, CATEGORIES)).as("groups by key").isEqualTo("chime");
    assertThat(EmotionLooks.sound(Emotion.HAPPINESS, CATEGORIES)).isEqualTo("bell");
    assertThat(EmotionLooks.sound(Emotion.ANGER, CATEGORIES)).isEmpty();
  }
}
