package io.emoticctv.portal.alarms;

import io.emoticctv.portal.web.EmotionStyle;
import java.util.List;

/**
 * How alarm rows are named, coloured and sounded, from one read of the admins' emotion categories
 * and uploaded sounds: read once per page or pushed alert and passed to every row.
 *
 * @param legend the 7 emotions in model order, as {@link io.emoticctv.portal.admin.EmotionLooks}
 */
public record AlarmLooks(List<EmotionStyle.Entry> legend, AlarmSounds.Picker sounds) {

  /** The legend entry of a stored emotion name ({@code FEAR}), or the raw name in grey. */
  EmotionStyle.Entry look(String emotion) {
    return legend.stream()
        .filter(e -> e.key().equalsIgnoreCase(emotion))
        .findFirst()
        .orElseGet(() -> new EmotionStyle.Entry(emotion, EmotionStyle.label(emotion), "#8b8d98"));
  }
}
