package io.emoticctv.portal.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Severity;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileFormTest {

  static Map<String, String> signUp() {
    Map<String, String> form = new HashMap<>();
    form.put("email", "  Ann.Lee@Example.COM ");
    form.put("displayName", "Ann Lee");
    form.put("phone", "+49 30 1234-567");
    form.put("password", " secret passphrase ");
    form.put("confirm", " secret passphrase ");
    return form;
  }

  @Test
  void aGoodSignUpGivesALowerCaseEmailAndNoQuietHours() {
    ProfileForm.Checked checked = ProfileForm.check(signUp(), true);
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.profile().email()).isEqualTo("ann.lee@example.com");
    assertThat(checked.profile().phone()).isEqualTo("+49 30 1234-567");
    assertThat(checked.profile().quietHours()).isEqualTo(QuietHours.NONE);
    assertThat(checked.values()).doesNotContainKeys("password", "confirm");
  }

  @Test
  void wrongFieldsAreEachNamed() {
    Map<String, String> form = signUp();
    form.put("email", "not-an-email");
    form.put("displayName", "");
    form.put("phone", "call me");
    form.put("confirm", "something else");
    ProfileForm.Checked checked = ProfileForm.check(form, true);
    assertThat(checked.ok()).isFalse();
    assertThat(checked.errors()).containsOnlyKeys("email", "displayName", "phone", "password");
    assertThat(checked.errors().get("password")).contains("differ");
  }

  @Test
  void passwordsAreCheckedForLengthAndBcryptsLimit() {
    assertThat(ProfileForm.passwordProblem("short", "short")).contains("at least 8");
    String tooLong = "ü".repeat(40);
    assertThat(ProfileForm.passwordProblem(tooLong, tooLong)).contains("72 bytes");
    assertThat(ProfileForm.passwordProblem("long enough", "long enough")).isNull();
  }

  @Test
  void quietHoursNeedBothEndsAsDifferentClockTimes() {
    Map<String, String> form = signUp();
    form.put("quietFrom", "22:00");
    form.put("quietUntil", "06:30");
    assertThat(ProfileForm.check(form, false).profile().quietHours()).isEqualTo(QuietHours.of(1320, 390));

    form.put("quietUntil", "");
    assertThat(ProfileForm.check(form, false).errors()).containsKey("quietFrom");
    form.put("quietUntil", "22:00");
    assertThat(ProfileForm.check(form, false).errors().get("quietFrom")).contains("different");
    form.put("quietUntil", "25:00");
    assertThat(ProfileForm.check(form, false).errors().get("quietFrom")).contains("HH:MM");
  }

  @Test
  void theProfileFormDoesNotAskForAPassword() {
    Map<String, String> form = signUp();
    form.remove("password");
    form.remove("confirm");
    form.put("alertEmails", "true");
    ProfileForm.Checked checked = ProfileForm.check(form, false);
    assertThat(checked.ok()).isTrue();
    assertThat(checked.profile().alertEmails()).isTrue();
  }

  @Test
  void eachUserChoosesTheLeastSeverityEmailedAndWhetherOutagesAre() {
    Map<String, String> form = signUp();
    assertThat(ProfileForm.check(form, true).profile().alertMinSeverity()).as("every alert by default").isEqualTo(Severity.LOW);
    assertThat(ProfileForm.check(form, true).profile().outageEmails()).isFalse();
    form.put("alertMinSeverity", "HIGH");
    form.put("outageEmails", "on");
    ProfileForm.Profile profile = ProfileForm.check(form, true).profile();
    assertThat(profile.alertMinSeverity()).isEqualTo(Severity.HIGH);
    assertThat(profile.outageEmails()).isTrue();

    form.put("alertMinSeverity", "URGENT");
    assertThat(ProfileForm.check(form, true).errors()).containsOnlyKeys("alertMinSeverity");
  }

  @Test
  void anAlertIsEmailedFromTheChosenSeverityUpAndOnlyWithAlertEmailsOn() {
    UserAccount highOnly = new UserAccount(1L, "a@b.test", "A", "hash", Role.OPERATOR, true, true, "", null, null, Severity.HIGH, false);
    assertThat(highOnly.wantsAlert(Severity.MEDIUM)).isFalse();
    assertThat(highOnly.wantsAlert(Severity.HIGH)).isTrue();
    assertThat(highOnly.wantsAlert(Severity.CRITICAL)).isTrue();
    UserAccount none = new UserAccount(2L, "c@b.test", "C", "hash", Role.OPERATOR, true, false, "", null, null, Severity.LOW, true);
    assertThat(none.wantsAlert(Severity.CRITICAL)).isFalse();
  }
}
