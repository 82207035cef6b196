package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.portal.twofactor.Base32;
import io.emoticctv.portal.twofactor.Totp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-factor login over HTTP against a real portal and database: set up with a code, the login's
 * second step (app code, recovery code), no code accepted twice, wrong codes locking the account
 * like wrong passwords, and switching off with password and code.
 */
class TwoFactorLoginIT {
  static final String PASSWORD = "some password 1";
  static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
  static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code>");

  private static PortalFixture portal;

  @BeforeAll
  static void start() {
    portal = PortalFixture.start("portal_two_factor");
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  /**
   * A user's secret and recovery codes, as their pages showed them once, and the time step whose
   * code switched two-factor login on.
   */
  record Enrolled(byte[] secret, List<String> recoveryCodes, long confirmedStep) {}

  @Test
  void aLoginWithTwoFactorOnNeedsAFreshCodeOrAnUnusedRecoveryCode() throws Exception {
    String email = "nia@emoticctv.test";
    portal.insertUserWithPassword(email, "VIEWER", PASSWORD);
    PortalSession own = portal.loggedIn(email, PASSWORD);
    Enrolled enrolled = enrol(own, email);
    assertThat(own.get("/profile").body()).contains("On: a login needs your password and a code");
    assertThat(portal.auditCount(email, "2fa.enable")).isEqualTo(1);
    String storedCodes = portal.query("SELECT string_agg(code_hash, ',') FROM user_recovery_codes");
    assertThat(storedCodes.split(",")).hasSize(10);
    for (String code : enrolled.recoveryCodes()) {
      assertThat(storedCodes).doesNotContain(code.replace("-", ""));
    }

    PortalSession second = portal.session();
    assertThat(second.login(email, PASSWORD).headers().firstValue("Location")).hasValue("/login/2fa");
    assertThat(second.get("/cameras").statusCode()).as("not signed in before the code").isEqualTo(303);
    assertThat(second.get("/login/2fa").body()).contains("Type the 6-digit code");
    long step = enrolled.confirmedStep();
    String usedAtSetup = Totp.code(enrolled.secret(), step, 6);
    HttpResponse<String> replayed = second.secondFactor(usedAtSetup);
    assertThat(replayed.statusCode()).as("the setup's code is used up").isEqualTo(400);
    assertThat(replayed.body()).contains("That code is not right");
    String next = Totp.code(enrolled.secret(), step + 1, 6);
    assertThat(second.secondFactor(next).headers().firstValue("Location")).hasValue("/cameras");
    assertThat(second.get("/cameras").statusCode()).isEqualTo(200);
    assertThat(portal.auditCount(email, "login.2fa-failure")).isEqualTo(1);

    PortalSession third = portal.session();
    third.login(email, PASSWORD);
    assertThat(third.secondFactor(next).statusCode()).as("a code works once").isEqualTo(400);
    String recovery = enrolled.recoveryCodes().get(0);
    assertThat(third.secondFactor(recovery.toUpperCase()).headers().firstValue("Location")).hasValue("/cameras");
    PortalSession fourth = portal.session();
    fourth.login(email, PASSWORD);
    assertThat(fourth.secondFactor(recovery).statusCode()).as("a recovery code works once").isEqualTo(400);
    assertThat(second.get("/profile/2fa").body()).contains("Recovery codes left: <span id=\"recovery-codes-left\">9</span>");

    HttpResponse<String> wrongPassword =
        second.post("/profile/2fa/disable", "password=not+mine&code=" + enrolled.recoveryCodes().get(1));
    assertThat(wrongPassword.statusCode()).isEqualTo(400);
    assertThat(wrongPassword.body()).contains("two-factor login stays on");
    assertThat(portal.auditCount(email, "2fa.disable-failure")).isEqualTo(1);
    HttpResponse<String> off =
        second.post("/profile/2fa/disable", "password=" + PASSWORD.replace(" ", "+") + "&code=" + enrolled.recoveryCodes().get(1));
    assertThat(off.headers().firstValue("Location")).hasValue("/profile?saved=2fa-off");
    assertThat(portal.auditCount(email, "2fa.disable")).isEqualTo(1);
    assertThat(portal.session().login(email, PASSWORD).headers().firstValue("Location")).hasValue("/cameras");
  }

  @Test
  void wrongCodesCountTowardsTheLoginLockout() throws Exception {
    String email = "omar@emoticctv.test";
    portal.insertUserWithPassword(email, "OPERATOR", PASSWORD);
    Enrolled enrolled = enrol(portal.loggedIn(email, PASSWORD), email);
    PortalSession guesser = portal.session();
    assertThat(guesser.login(email, PASSWORD).headers().firstValue("Location")).hasValue("/login/2fa");
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> guess = guesser.secondFactor("00000" + i);
      answers.add(guess.statusCode() + " " + guess.headers().firstValue("Location").orElse(""));
    }
    assertThat(answers.subList(0, 4)).containsOnly("400 ");
    assertThat(answers.get(4)).startsWith("303 /login/locked?until=");
    assertThat(portal.auditCount(email, "login.2fa-failure")).isEqualTo(5);
    String fresh = Totp.code(enrolled.secret(), Totp.step(Instant.now()) + 1, 6);
    assertThat(guesser.secondFactor(fresh).headers().firstValue("Location"))
        .as("the pending login is gone").hasValue("/login");
    assertThat(portal.session().login(email, PASSWORD).headers().firstValue("Location").orElse(""))
        .as("even the right password waits for the lockout").startsWith("/login/locked");
  }

  /** Sets two-factor login up as a user does on their profile: secret shown, first code typed. */
  static Enrolled enrol(PortalSession session, String email) {
    assertThat(session.get("/profile/2fa").body()).contains("Two-factor login is off");
    assertThat(session.post("/profile/2fa/setup", "").headers().firstValue("Location")).hasValue("/profile/2fa");
    String page = session.get("/profile/2fa").body();
    assertThat(page).contains("data:image/png;base64,").contains("otpauth://totp/EmotiCCTV%3A" + email.replace("@", "%40"));
    Matcher secret = SECRET.matcher(page);
    assertThat(secret.find()).isTrue();
    byte[] key = Base32.decode(secret.group(1));
    assertThat(session.post("/profile/2fa/enable", "code=abcdef").statusCode()).isEqualTo(400);
    long step = Totp.step(Instant.now());
    HttpResponse<String> enabled = session.post("/profile/2fa/enable", "code=" + Totp.code(key, step, 6));
    assertThat(enabled.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    Matcher code = RECOVERY_CODE.matcher(enabled.body());
    while (code.find()) {
      codes.add(code.group(1));
    }
    assertThat(codes).hasSize(10);
    return new Enrolled(key, codes, step);
  }
}
