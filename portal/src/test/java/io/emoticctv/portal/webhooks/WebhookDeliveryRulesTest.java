package io.emoticctv.portal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature, the retry schedule, the Slack escaping and the form checks of webhooks. */
class WebhookDeliveryRulesTest {

  @Test
  void theSignatureIsTheHmacSha256OfTimestampDotBody() {
    // RFC 4231, test case 2
    assertThat(WebhookSignature.hmacSha256Hex("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // computed apart with: printf '%s' '1700000000.{"event":"test"}' | openssl dgst -sha256 -hmac '<secret>'
    assertThat(WebhookSignature.sign("a webhook secret, 32 chars long!", 1700000000L, "{\"event\":\"test\"}"))
        .isEqualTo("sha256=6413330f69ecb1dc69fb5c22eca932d3b8a36f445a1abfe05330428f8864a490");
    assertThat(WebhookSignature.sign("a webhook secret, 32 chars long!", 1700000001L, "{\"event\":\"test\"}"))
        .as("the timestamp is signed too")
        .isNotEqualTo("sha256=6413330f69ecb1dc69fb5c22eca932d3b8a36f445a1abfe05330428f8864a490");
  }

  @Test
  void failedDeliveriesAreRetriedAfterEachWaitThenGivenUp() {
    RetrySchedule schedule =
        new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1)));
    Instant t = Instant.parse("2026-11-25T10:00:00Z");
    assertThat(schedule.nextAttempt(1, t)).hasValue(t.plusSeconds(10));
    assertThat(schedule.nextAttempt(2, t)).hasValue(t.plusSeconds(30));
    assertThat(schedule.nextAttempt(3, t)).hasValue(t.plusSeconds(120));
    assertThat(schedule.nextAttempt(4, t)).hasValue(t.plusSeconds(600));
    assertThat(schedule.nextAttempt(5, t)).hasValue(t.plusSeconds(3600));
    assertThat(schedule.nextAttempt(6, t)).isEmpty();
  }

  @Test
  void slackTextEscapesItsControlCharacters() {
    assertThat(WebhookPayloads.escape("anger <at> Gate & Hall")).isEqualTo("anger &lt;at&gt; Gate &amp; Hall");
  }

  @Test
  void theFormAcceptsHttpAndHttpsEndpointsOnly() {
    assertThat(WebhookForm.urlProblem("https://hooks.example.com/x?y=1")).isNull();
    assertThat(WebhookForm.urlProblem("http://127.0.0.1:8081/hook")).isNull();
    for (String bad : List.of("", "ftp://hooks.example.com", "javascript:alert(1)", "https://", "hooks.example.com/x",
        "https://user:pw@hooks.example.com", "HTTPS://hooks.example.com", "https://a b.example.com", "https://x.example/" + "a".repeat(2000))) {
      assertThat(WebhookForm.urlProblem(bad)).as(bad).contains("http:// or https:// URL");
    }
  }

  @Test
  void theFormNeedsASecretWhenCreatingAndKeepsTheStoredOneWhenEditing() {
    Map<String, String> form = new HashMap<>(Map.of(
        "name", "Ops", "url", "https://hooks.example.com/ops", "format", "slack", "emotionAlerts", "true", "enabled", "true"));
    WebhookForm.Checked creating = WebhookForm.check(form, true);
    assertThat(creating.errors()).containsOnlyKeys("secret");
    WebhookForm.Checked editing = WebhookForm.check(form, false);
    assertThat(editing.ok()).isTrue();
    assertThat(editing.submitted().format()).isEqualTo(WebhookFormat.SLACK);
    assertThat(editing.submitted().secret()).isEmpty();
    form.put("secret", "0123456789abcdef");
    form.put("format", "XML");
    form.remove("emotionAlerts");
    assertThat(WebhookForm.check(form, true).errors()).containsOnlyKeys("format", "events");
  }
}
