package io.emoticctv.portal.web;

import io.emoticctv.contracts.Emotion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How each emotion class is named and coloured on every page and chart: one place, so the
 * camera list, the dashboards and the emails agree.
 */
public final class EmotionStyle {
  private static final String[] COLORS = {
    "#e5484d", // anger
    "#8d7a2c", // disgust
    "#8e4ec6", // fear
    "#f5b400", // happiness
    "#8b8d98", // neutral
    "#3e63dd", // sadness
    "#12a594", // surprise
  };

  private EmotionStyle() {}

  /** {@code "Happiness"}. */
  public static String label(Emotion emotion) {
    String key = emotion.key();
    return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
  }

  /** The emotion's label, or the raw text when it names no emotion. */
  public static String label(String emotionName) {
    try {
      return label(Emotion.fromKey(emotionName));
    } catch (IllegalArgumentException | NullPointerException e) {
      return String.valueOf(emotionName);
    }
  }

  public static String color(Emotion emotion) {
    return COLORS[emotion.ordinal()];
  }

  /** The legend, in {@link Emotion} order, for pages and scripts. */
  public static List<Entry> legend() {
    return Arrays.stream(Emotion.values())
        .map(e -> new Entry(e.key(), label(e), color(e)))
        .toList();
  }

  @Serdeable
  public record Entry(String key, String label, String color) {}
}
