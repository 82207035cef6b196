package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.admin.EmotionCategory;
import io.emoticctv.portal.admin.EmotionLooks;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sound the console plays for an alert: the uploaded sound its emotion's category names, else
 * its severity's sound; and the list of sounds admins can upload and test.
 */
@Singleton
public final class AlarmSounds {
  private final AlarmSoundRepository sounds;

  AlarmSounds(AlarmSoundRepository sounds) {
    this.sounds = sounds;
  }

  /** Picks sounds from {@code categories} and the uploads as they are now. */
  public Picker picker(List<EmotionCategory> categories) {
    return new Picker(categories, Set.copyOf(sounds.findNames()));
  }

  /** @param uploaded the names of the uploaded sounds */
  public record Picker(List<EmotionCategory> categories, Set<String> uploaded) {

    /**
     * @param emotion as stored ({@code FEAR}) or as a key ({@code fear})
     * @return the name of the sound to play for an alert of {@code emotion} and {@code severity}
     */
    public String forAlert(String emotion, String severity) {
      String categorySound;
      try {
        categorySound = EmotionLooks.sound(Emotion.fromKey(emotion), categories);
      } catch (IllegalArgumentException e) {
        categorySound = "";
      }
      return !categorySound.isEmpty() && uploaded.contains(categorySound) ? categorySound : severity;
    }

    /** The severities' sounds, then every sound a category names, with the categories naming it. */
    public List<AlarmSoundRow> rows() {
      List<AlarmSoundRow> rows = new ArrayList<>();
      Arrays.stream(Severity.values()).forEach(s -> rows.add(new AlarmSoundRow(s.name(), List.of(), uploaded.contains(s.name()))));
      Map<String, List<String>> byName = new LinkedHashMap<>();
      for (EmotionCategory c : categories) {
        if (!c.sound().isEmpty()) {
          byName.computeIfAbsent(c.sound(), name -> new ArrayList<>()).add(c.displayName());
        }
      }
      byName.forEach((name, users) -> rows.add(new AlarmSoundRow(name, List.copyOf(users), uploaded.contains(name))));
      return rows;
    }
  }
}
