package io.emoticctv.portal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.Severity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleFormTest {
  static final long NOW = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();

  static Map<String, String> weekdayEveningsInTheLobby() {
    Map<String, String> form = new HashMap<>(RuleForm.defaults("Europe/Berlin"));
    form.put("ruleId", "lobby-fear");
    form.put("name", "Fear in the lobby");
    form.put("cameraId", "cam-lobby");
    form.put("emotion-fear", "true");
    form.put("emotion-surprise", "on");
    form.put("threshold", "40");
    form.put("windows", "6");
    form.put("severity", "HIGH");
    form.put("cooldownMinutes", "2.5");
    form.remove("day-6");
    form.remove("day-7");
    form.put("startTime", "18:00");
    form.put("endTime", "02:00");
    form.put("holidays", "2026-12-24, 2026-12-25");
    return form;
  }

  @Test
  void aGoodFormBecomesTheRuleTheJobReads() throws Exception {
    RuleForm.Checked checked = RuleForm.check(weekdayEveningsInTheLobby(), null, 1, NOW);
    assertThat(checked.errors()).isEmpty();
    RuleRecord rule = checked.rule();
    assertThat(rule.ruleId()).isEqualTo("lobby-fear");
    assertThat(rule.version()).isEqualTo(1);
    assertThat(rule.kind()).isEqualTo(RuleKind.SUSTAINED);
    assertThat(rule.cameraId()).isEqualTo("cam-lobby");
    assertThat(rule.emotions()).containsExactly(Emotion.FEAR, Emotion.SURPRISE);
    assertThat(rule.threshold()).isEqualTo(0.4);
    assertThat(rule.cooldownMs()).isEqualTo(150_000);
    assertThat(rule.severity()).isEqualTo(Severity.HIGH);
    assertThat(rule.schedule().days()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).hasSize(5);
    assertThat(rule.schedule().startMinute()).isEqualTo(18 * 60);
    assertThat(rule.schedule().endMinute()).isEqualTo(120);
    assertThat(rule.schedule().holidays()).containsExactly("2026-12-24", "2026-12-25");
    assertThat(rule.schedule().problem()).isNull();
    assertThat(rule.updatedAt()).isEqualTo(NOW);
    // the contracts' codec takes it as is
    assertThat(RecordCodec.RULES.decode(RecordCodec.RULES.encode(rule))).isEqualTo(rule);
  }

  @Test
  void storedRowsAndTheFormRoundTripTheRule() {
    RuleRecord rule = RuleForm.check(weekdayEveningsInTheLobby(), null, 1, NOW).rule();
    assertThat(StoredRule.of(rule).toRecord()).isEqualTo(rule);
    assertThat(RuleForm.check(RuleForm.values(rule), "lobby-fear", 2, NOW).rule())
        .isEqualTo(new RuleRecord(rule.v(), rule.ruleId(), 2, rule.name(), rule.kind(), rule.cameraId(),
            rule.zone(), rule.emotions(), rule.threshold(), rule.windows(), rule.minFaces(), rule.minCameras(),
            rule.spanMs(), rule.severity(), rule.cooldownMs(), rule.schedule(), rule.enabled(), NOW));
  }

  @Test
  void wrongFieldsAreEachNamed() {
    Map<String, String> form = weekdayEveningsInTheLobby();
    form.put("ruleId", "Lobby Fear!");
    form.remove("emotion-fear");
    form.remove("emotion-surprise");
    form.put("threshold", "0");
    form.put("windows", "0");
    form.put("timeZone", "Mars/Olympus");
    form.put("holidays", "christmas");
    for (int d = 1; d <= 5; d++) {
      form.remove("day-" + d);
    }
    RuleForm.Checked checked = RuleForm.check(form, null, 1, NOW);
    assertThat(checked.rule()).isNull();
    assertThat(checked.errors())
        .containsOnlyKeys("ruleId", "emotions", "threshold", "windows", "timeZone", "holidays", "days");
  }

  @Test
  void aZoneSpreadRuleNeedsAZoneCamerasAndASpan() {
    Map<String, String> form = weekdayEveningsInTheLobby();
    form.put("kind", "ZONE_SPREAD");
    assertThat(RuleForm.check(form, null, 1, NOW).errors()).containsKey("zone");
    form.put("cameraId", "");
    form.put("zone", "Ground floor");
    form.put("minCameras", "1");
    assertThat(RuleForm.check(form, null, 1, NOW).errors()).containsOnlyKeys("minCameras");
    form.put("minCameras", "3");
    form.put("spanSeconds", "90");
    RuleRecord rule = RuleForm.check(form, null, 1, NOW).rule();
    assertThat(rule.zone()).isEqualTo("Ground floor");
    assertThat(rule.minCameras()).isEqualTo(3);
    assertThat(rule.spanMs()).isEqualTo(90_000);
  }

  @Test
  void anEditKeepsTheIdWhateverTheFormSays() {
    Map<String, String> form = weekdayEveningsInTheLobby();
    form.put("ruleId", "something-else");
    assertThat(RuleForm.check(form, "lobby-fear", 4, NOW).rule().ruleId()).isEqualTo("lobby-fear");
  }

  @Test
  void theDefaultsAreAnAlwaysActiveSustainedRule() {
    Map<String, String> form = new HashMap<>(RuleForm.defaults("UTC"));
    form.put("ruleId", "r1");
    form.put("name", "R1");
    form.put("emotion-anger", "true");
    RuleRecord rule = RuleForm.check(form, null, 1, NOW).rule();
    assertThat(rule.schedule().days()).isEqualTo(Set.of(DayOfWeek.values()));
    assertThat(rule.schedule().startMinute()).isEqualTo(rule.schedule().endMinute());
    assertThat(rule.emotions()).isEqualTo(List.of(Emotion.ANGER));
    assertThat(rule.enabled()).isTrue();
  }
}
