package io.emoticctv.portal.alarms;

import io.emoticctv.portal.admin.EmotionLooks;
import io.emoticctv.portal.web.EmotionStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How alarm rows are named, coloured and sounded, from one read of the admins' emotion categories
 * and uploaded sounds: read once per page or pushed alert and passed to every row.
 *
 * @param legend the 7 emotions in model order, as {@link EmotionLooks}
 * @param groups the admins' groups of emotions, by key
 */
public record AlarmLooks(List<EmotionStyle.Entry> legend, List<EmotionLooks.Group> groups, AlarmSounds.Picker sounds) {

  /** The legend entry of a stored emotion name ({@code FEAR}), or the raw name in grey. */
  EmotionStyle.Entry look(String emotion) {
    return legend.stream()
        .filter(e -> e.key().equalsIgnoreCase(emotion))
        .findFirst()
        .orElseGet(() -> new EmotionStyle.Entry(emotion, EmotionStyle.label(emotion), "#8b8d98"));
  }

  /** The names of the abnormal groups holding a stored emotion name ({@code "Distress"}), or empty. */
  String abnormalGroups(String emotion) {
    return groups.stream()
        .filter(g -> g.abnormal() && g.memberKeys().stream().anyMatch(k -> k.equalsIgnoreCase(emotion)))
        .map(EmotionLooks.Group::label)
        .collect(Collectors.joining(", "));
  }
}
