package io.emoticctv.portal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.RuleRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleJsonTest {

  @Test
  void aRuleGivenByTheApiComesBackAsTheSameRule() {
    RuleRecord rule = RuleForm.check(RuleFormTest.weekdayEveningsInTheLobby(), null, 4, RuleFormTest.NOW).rule();
    Map<String, Object> json = RuleJson.of(rule);
    assertThat(json).containsEntry("emotions", List.of("fear", "surprise")).containsEntry("days", List.of(1, 2, 3, 4, 5))
        .containsEntry("enabled", true).containsEntry("version", 4).containsEntry("threshold", "40");

    RuleForm.Checked again = RuleForm.check(RuleJson.formFields(json), "lobby-fear", 4, RuleFormTest.NOW);
    assertThat(again.errors()).isEmpty();
    assertThat(again.rule()).isEqualTo(rule);
  }

  @Test
  void jsonValuesBecomeTheFormsFields() {
    Map<String, Object> json = new HashMap<>();
    json.put("name", "Calm");
    json.put("threshold", 62.5);
    json.put("windows", 3);
    json.put("enabled", false);
    json.put("zone", null);
    json.put("emotions", List.of("anger"));
    json.put("days", List.of(7));
    assertThat(RuleJson.formFields(json)).containsOnly(
        Map.entry("name", "Calm"), Map.entry("threshold", "62.5"), Map.entry("windows", "3"), Map.entry("enabled", "false"),
        Map.entry("emotion-anger", "true"), Map.entry("day-7", "true"));
  }

  @Test
  void shapesNoFormFieldCouldHaveAreRefusedByName() {
    assertThatThrownBy(() -> RuleJson.formFields(Map.of("emotions", List.of("rage"))))
        .hasMessageContaining("'rage' is not one of");
    assertThatThrownBy(() -> RuleJson.formFields(Map.of("days", List.of(0))))
        .hasMessageContaining("'0' is not a weekday number");
    assertThatThrownBy(() -> RuleJson.formFields(Map.of("days", List.of(2.5))))
        .hasMessageContaining("weekday number");
    assertThatThrownBy(() -> RuleJson.formFields(Map.of("name", Map.of("en", "x"))))
        .hasMessageContaining("name must be a string, number or boolean");
    assertThatThrownBy(() -> RuleJson.formFields(Map.of("ruleId", List.of("a"))))
        .hasMessageContaining("ruleId must be");
  }
}
