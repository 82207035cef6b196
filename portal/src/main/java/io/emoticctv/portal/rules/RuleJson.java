package io.emoticctv.portal.rules;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.portal.api.ApiCalls;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule as the API takes and gives it: the rule editor's fields ({@link RuleForm}), with the
 * emotion and weekday checkboxes as the lists {@value #EMOTIONS} (emotion keys) and {@value #DAYS}
 * (1 = Monday .. 7). Pure, so the mapping is unit-tested; {@link RuleForm} checks the values.
 */
final class RuleJson {
  static final String EMOTIONS = "emotions";
  static final String DAYS = "days";

  private RuleJson() {}

  /** @throws IllegalArgumentException when a member has a shape no form field could have */
  static Map<String, String> formFields(Map<String, Object> json) {
    Map<String, String> fields = new TreeMap<>(ApiCalls.formFields(json, List.of(EMOTIONS, DAYS)));
    if (json.get(EMOTIONS) instanceof List<?> emotions) {
      for (Object key : emotions) {
        Emotion emotion = Arrays.stream(Emotion.values()).filter(e -> e.key().equals(String.valueOf(key))).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                EMOTIONS + ": '" + key + "' is not one of " + Arrays.stream(Emotion.values()).map(Emotion::key).toList()));
        fields.put(RuleForm.emotionField(emotion), "true");
      }
    }
    if (json.get(DAYS) instanceof List<?> days) {
      for (Object day : days) {
        if (!(day instanceof Number n) || n.doubleValue() != n.intValue() || n.intValue() < 1 || n.intValue() > 7) {
          throw new IllegalArgumentException(DAYS + ": '" + day + "' is not a weekday number from 1 (Monday) to 7");
        }
        fields.put(RuleForm.dayField(DayOfWeek.of(n.intValue())), "true");
      }
    }
    return fields;
  }

  /** The stored rule's fields, as {@link #formFields} takes them back, with its version. */
  static Map<String, Object> of(RuleRecord rule) {
    Map<String, Object> json = new LinkedHashMap<>(new TreeMap<>(RuleForm.values(rule)));
    json.keySet().removeIf(k -> k.startsWith("emotion-") || k.startsWith("day-"));
    json.put(EMOTIONS, rule.emotions().stream().map(Emotion::key).toList());
    List<Integer> days = new ArrayList<>();
    rule.schedule().days().stream().sorted().forEach(d -> days.add(d.getValue()));
    json.put(DAYS, days);
    json.put(RuleForm.ENABLED, rule.enabled());
    json.put("version", rule.version());
    return json;
  }
}
