package io.emoticctv.portal.admin;

import io.emoticctv.contracts.Emotion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks a category form; a group's members come as one checkbox per emotion key ({@code member.fear=true}). */
final class EmotionCategoryForm {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
  private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");
  private static final Pattern SOUND = Pattern.compile("[a-z0-9_-]{0,40}");

  private EmotionCategoryForm() {}

  /**
   * @param existing the stored category when editing (its key and, if built in, members are kept)
   * @throws IllegalArgumentException with a message for the admin
   */
  static EmotionCategory check(Map<String, String> form, EmotionCategory existing) {
    String key = existing != null ? existing.key() : Objects.toString(form.get("key"), "").strip();
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("A key is 1 to 32 lower-case letters, digits, - or _, starting with a letter.");
    }
    String name = Objects.toString(form.get("displayName"), "").strip();
    if (name.isEmpty() || name.length() > 50) {
      throw new IllegalArgumentException("A display name has 1 to 50 characters.");
    }
    String color = Objects.toString(form.get("color"), "").strip().toLowerCase(Locale.ROOT);
    if (!COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException("A colour looks like #3e63dd.");
    }
    String sound = Objects.toString(form.get("sound"), "").strip();
    if (!SOUND.matcher(sound).matches()) {
      throw new IllegalArgumentException("A sound name is up to 40 lower-case letters, digits, - or _.");
    }
    boolean abnormal = "true".equals(form.get("abnormal"));
    if (existing != null && existing.builtin()) {
      return new EmotionCategory(key, name, color, abnormal, sound, existing.members(), true);
    }
    List<String> members = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      if ("true".equals(form.get("member." + e.key()))) {
        members.add(e.key());
      }
    }
    if (members.size() < 2) {
      throw new IllegalArgumentException("A group has at least 2 of the model's emotions: "
          + String.join(", ", Arrays.stream(Emotion.values()).map(Emotion::key).toList()) + ".");
    }
    return new EmotionCategory(key, name, color, abnormal, sound, members, false);
  }
}
