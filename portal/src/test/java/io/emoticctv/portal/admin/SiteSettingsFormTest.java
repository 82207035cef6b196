package io.emoticctv.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteSettingsFormTest {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new HashMap<>(Map.of(
        "deploymentPurpose", "RETAIL", "windowsRetentionDays", "30", "alertsRetentionDays", "30",
        "auditRetentionDays", "30", "attachmentsRetentionDays", "30", "mapTileUrl", ""));
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  void withoutSmtpFieldsTheServerConfigurationIsKept() {
    SiteSettingsForm.Checked checked = SiteSettingsForm.check(form(), "admin", NOW);
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.settings().smtpHost()).isEmpty();
    assertThat(checked.settings().smtpPort()).isEqualTo(SiteSettingsForm.DEFAULT_SMTP_PORT);
    assertThat(checked.settings().smtpSecurity()).isEqualTo(SmtpSecurity.STARTTLS);
    assertThat(checked.settings().mailFrom()).isEmpty();
    assertThat(checked.password()).isEqualTo(SiteSettingsForm.PasswordChange.KEEP);
  }

  @Test
  void aFullSmtpServerIsTakenWithItsNewPassword() {
    SiteSettingsForm.Checked checked = SiteSettingsForm.check(form("smtpHost", " smtp.example.org ", "smtpPort", "465",
        "smtpSecurity", "SSL_TLS", "smtpUsername", "relay", "smtpPassword", " pass word ", "mailFrom", "alerts@example.org"), "admin", NOW);
    assertThat(checked.errors()).isEmpty();
    SiteSettings s = checked.settings();
    assertThat(s.smtpHost()).isEqualTo("smtp.example.org");
    assertThat(s.smtpPort()).isEqualTo(465);
    assertThat(s.smtpSecurity()).isEqualTo(SmtpSecurity.SSL_TLS);
    assertThat(s.smtpUsername()).isEqualTo("relay");
    assertThat(s.mailFrom()).isEqualTo("alerts@example.org");
    assertThat(checked.password()).isEqualTo(new SiteSettingsForm.PasswordChange(true, " pass word "));
    assertThat(checked.password().toString()).isEqualTo("replace");
  }

  @Test
  void aHostNeedsAPortAndRemovingThePasswordIsItsOwnChoice() {
    SiteSettingsForm.Checked checked = SiteSettingsForm.check(form("smtpHost", "10.0.0.5", "smtpPort", "", "smtpPasswordRemove", "true"), "admin", NOW);
    assertThat(checked.errors()).containsOnlyKeys("smtpPort");
    assertThat(checked.settings()).isNull();
    assertThat(SiteSettingsForm.check(form("smtpPasswordRemove", "true"), "admin", NOW).password())
        .isEqualTo(SiteSettingsForm.PasswordChange.REMOVE);
  }

  @Test
  void onlyABareAddressIsASender() {
    assertThat(SiteSettingsForm.validAddress("alerts@example.org")).isTrue();
    assertThat(SiteSettingsForm.validAddress("emoticctv@localhost")).isTrue();
    assertThat(SiteSettingsForm.validAddress("alerts")).isFalse();
    assertThat(SiteSettingsForm.validAddress("@example.org")).isFalse();
    assertThat(SiteSettingsForm.validAddress("Alerts <alerts@example.org>")).isFalse();
    assertThat(SiteSettingsForm.validAddress("a@example.org, b@example.org")).isFalse();
    assertThat(SiteSettingsForm.validAddress("a b@example.org")).isFalse();
  }
}
