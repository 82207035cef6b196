package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleSchedule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnownRulesTest {
  private final KnownRules rules = new KnownRules();

  private static byte[] encoded(String ruleId, boolean enabled) {
    return RecordCodec.RULES.encode(SiteAlarmTest.rule(ruleId, RuleSchedule.ALWAYS, enabled));
  }

  @Test
  void keepsTheLatestVersionOfEachRuleUntilItsTombstone() {
    rules.onRecord("night", encoded("night", true));
    rules.onRecord("night", encoded("night", false));
    rules.onRecord("door", encoded("door", true));
    rules.onRecord("door", null);

    assertThat(rules.rule("night")).hasValueSatisfying(r -> assertThat(r.enabled()).isFalse());
    assertThat(rules.rule("door")).isEmpty();
    assertThat(rules.rule(null)).isEmpty();
  }

  @Test
  void aRecordThatCannotBeUsedIsSkippedAndKeepsTheRuleBefore() {
    rules.onRecord("night", encoded("night", true));
    rules.onRecord("night", "{not json".getBytes(StandardCharsets.UTF_8));
    rules.onRecord("night", encoded("other", false)); // under another rule's key
    rules.onRecord(null, encoded("night", false));

    assertThat(rules.rule("night")).hasValueSatisfying(r -> assertThat(r.enabled()).isTrue());
    assertThat(rules.rule("other")).isEmpty();
  }
}
