package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CSRF tokens on every form post, session rotation at login, cookie flags, security headers,
 * login lockout, recovery links that expire and work once, and the audit trail with its admin
 * page and CSV export.
 */
class PortalSecurityIT {
  static final String VIEWER = "viewer@emoticctv.test";
  static final String TARGET = "target@emoticctv.test";
  static final String PASSWORD = "viewer password 1";
  static final int MAX_FAILURES = 3;

  private static PortalFixture portal;
  private static PortalSession admin;

  @BeforeAll
  static void startPortal() throws Exception {
    portal =
        PortalFixture.start(
            "portal_security",
            Map.of(
                "emoticctv.security.max-failed-logins-per-account", MAX_FAILURES,
                "emoticctv.security.max-failed-logins-per-address", 1000,
                "emoticctv.security.lockout", "3s"));
    portal.insertCamera("cam-seeded", "Seeded", "Hall");
    portal.insertUserWithPassword(VIEWER, "VIEWER", PASSWORD);
    portal.insertUserWithPassword(TARGET, "OPERATOR", PASSWORD);
    admin = portal.loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  static String camera(String id) {
    return PortalSession.form(
        Map.of("id", id, "name", "Door " + id, "location", "Hall", "sourceUrl", "rtsp://10.0.0.9/s1",
            "analysisFps", "2", "enabled", "true", "privacyBlur", "true"));
  }

  @Test
  void formPostsWithoutTheSessionsTokenAreRefusedAndStoreNothing() throws Exception {
    String origin = portal.uri("").toString();
    assertThat(admin.postWithoutToken("/cameras", camera("cam-no-token"), origin).statusCode()).isEqualTo(403);
    HttpResponse<String> wrong = admin.postWithoutToken("/cameras", "_csrf=forged&" + camera("cam-wrong-token"), origin);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).contains("security token");
    PortalSession other = portal.session();
    other.login(VIEWER, PASSWORD);
    String othersToken = other.csrfToken();
    assertThat(othersToken).isNotEqualTo(admin.csrfToken());
    assertThat(admin.postWithoutToken("/cameras", "_csrf=" + othersToken + "&" + camera("cam-other-token"), origin).statusCode())
        .isEqualTo(403);
    assertThat(cameraExists("cam-no-token")).isFalse();
    assertThat(cameraExists("cam-wrong-token")).isFalse();
    assertThat(cameraExists("cam-other-token")).isFalse();

    HttpResponse<String> withHeader =
        admin.send(
            HttpRequest.newBuilder(portal.uri("/cameras"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .header("X-CSRF-Token", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(camera("cam-header-token")))
                .build());
    assertThat(withHeader.statusCode()).as(withHeader.body()).isEqualTo(303);
    assertThat(admin.post("/cameras", camera("cam-form-token")).statusCode()).isEqualTo(303);
    assertThat(cameraExists("cam-header-token")).isTrue();
    assertThat(cameraExists("cam-form-token")).isTrue();
    assertThat(portal.auditCount(ADMIN_EMAIL, "camera.create")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyPostFormOfAPageCarriesTheTokenAndThePageHasTheMetaTag() {
    String page = admin.get("/cameras/new").body();
    String token = admin.csrfToken();
    assertThat(page).contains("<meta name=\"csrf-token\" content=\"" + token + "\">");
    // the camera form and the logout form
    Matcher hidden = Pattern.compile("<form [^>]*method=\"post\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    int forms = 0;
    while (hidden.find()) {
      assertThat(hidden.group(1)).isEqualTo(token);
      forms++;
    }
    assertThat(forms).isGreaterThanOrEqualTo(2);
  }

  @Test
  void loginRotatesTheSessionAndTheCookieIsHttpOnlyAndLax() throws Exception {
    PortalSession visitor = portal.session();
    HttpResponse<String> loginPage = visitor.get("/login");
    String before = sessionCookie(loginPage);
    assertThat(before).isNotNull();
    assertThat(loginPage.headers().allValues("set-cookie").get(0)).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    HttpResponse<String> loggedIn = visitor.login(VIEWER, PASSWORD);
    String after = sessionCookie(loggedIn);
    assertThat(after).isNotNull().isNotEqualTo(before);

    // the pre-login session id does not open a signed-in session
    HttpClient planted = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> withOldId =
        planted.send(
            HttpRequest.newBuilder(portal.uri("/cameras")).header("Cookie", "EMOTICCTV_SESSION=" + before).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withOldId.statusCode()).isIn(302, 303, 401);
    HttpResponse<String> withNewId =
        planted.send(
            HttpRequest.newBuilder(portal.uri("/cameras")).header("Cookie", "EMOTICCTV_SESSION=" + after).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withNewId.statusCode()).isEqualTo(200);
  }

  @Test
  void pagesCarrySecurityHeadersAndTheirScriptsTheNonce() {
    HttpResponse<String> dashboard = admin.get("/cameras/cam-seeded");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    String csp = dashboard.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("'unsafe-eval'");
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
    assertThat(nonce.find()).isTrue();
    assertThat(dashboard.body()).contains("<script nonce=\"" + nonce.group(1) + "\"");
    assertThat(dashboard.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(dashboard.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(dashboard.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(admin.get("/login").headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void anAccountIsLockedAfterRepeatedFailuresAndUnlocksLater() throws Exception {
    PortalSession attacker = portal.session();
    for (int i = 0; i < MAX_FAILURES; i++) {
      assertThat(attacker.login(TARGET, "wrong guess " + i).headers().firstValue("Location")).hasValue("/login?error=true");
    }
    HttpResponse<String> refused = attacker.login(TARGET, PASSWORD);
    assertThat(refused.headers().firstValue("Location").orElse("")).startsWith("/login/locked");
    HttpResponse<String> locked = attacker.get(refused.headers().firstValue("Location").orElseThrow());
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.body()).contains("Too many failed logins");
    assertThat(attacker.get("/cameras").statusCode()).isIn(302, 303);
    assertThat(portal.auditCount(TARGET, "login.failure")).isEqualTo(MAX_FAILURES);

    // another account from the same address is not affected
    assertThat(portal.session().login(VIEWER, PASSWORD).headers().firstValue("Location")).hasValue("/cameras");

    Thread.sleep(3_200);
    assertThat(attacker.login(TARGET, PASSWORD).headers().firstValue("Location")).hasValue("/cameras");
    assertThat(portal.auditCount(TARGET, "login.success")).isEqualTo(1);
  }

  @Test
  void adminsReadFilterAndExportTheAuditTrailAndTheExportIsAudited() throws Exception {
    admin.get("/cameras/cam-seeded");
    assertThat(portal.auditCount(ADMIN_EMAIL, "live.view")).isGreaterThanOrEqualTo(1);

    HttpResponse<String> page = admin.get("/admin/audit?action=live.view");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("live.view").contains("cam-seeded").doesNotContain(">login.success</td>");

    HttpResponse<String> csv = admin.get("/admin/audit/export.csv?actor=" + URLEncoder.encode(ADMIN_EMAIL, StandardCharsets.UTF_8), "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("time,actor,action,target,detail");
    assertThat(lines).anyMatch(l -> l.contains(",login.success,"));
    assertThat(portal.auditCount(ADMIN_EMAIL, "audit.export")).isEqualTo(1);

    assertThat(admin.get("/admin/audit?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(admin.get("/admin/audit?from=2026-11-10&to=2026-11-01").body()).contains("end date is before");

    PortalSession viewer = portal.session();
    viewer.login(VIEWER, PASSWORD);
    assertThat(viewer.get("/admin/audit").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/admin/audit/export.csv", "text/csv").statusCode()).isEqualTo(403);
  }

  @Test
  void overHttpsTheSessionCookieIsAlsoSecure() {
    try (PortalFixture https = PortalFixture.start("portal_security_https", Map.of("emoticctv.portal.public-base-url", "https://portal.example.test"))) {
      String cookie = https.session().get("/login").headers().allValues("set-cookie").get(0);
      assertThat(cookie).startsWith("EMOTICCTV_SESSION=").containsIgnoringCase("; Secure")
          .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
    assertThat(portal.session().get("/login").headers().allValues("set-cookie").get(0)).as("plain http")
        .doesNotContainIgnoringCase("Secure");
  }

  @Test
  void aRecoveryLinkWorksOnceAndNotAfterItExpires() throws Exception {
    String oldHash = portal.query("SELECT password_hash FROM users WHERE email = '" + VIEWER + "'");
    String resetForm = "password=a+brand+new+password&confirm=a+brand+new+password&token=";
    try {
      String first = recoveryToken();
      portal.execute("UPDATE password_resets SET expires_at = now() - interval '1 second'"
          + " WHERE user_id = (SELECT id FROM users WHERE email = '" + VIEWER + "')");
      assertThat(portal.session().get("/reset?token=" + first).statusCode()).isEqualTo(410);
      assertThat(portal.session().post("/reset", resetForm + first).statusCode()).isEqualTo(410);
      assertThat(portal.query("SELECT password_hash FROM users WHERE email = '" + VIEWER + "'")).as("expired").isEqualTo(oldHash);

      String second = recoveryToken();
      assertThat(portal.session().get("/reset?token=" + second).statusCode()).isEqualTo(200);
      assertThat(portal.session().post("/reset", resetForm + second).statusCode()).isEqualTo(303);
      assertThat(portal.session().post("/reset", resetForm + second).statusCode()).as("used up").isEqualTo(410);
      assertThat(portal.session().login(VIEWER, "a brand new password").headers().firstValue("Location")).hasValue("/cameras");
    } finally {
      portal.execute("UPDATE users SET password_hash = '" + oldHash + "' WHERE email = '" + VIEWER + "'");
    }
  }

  /** Asks for a recovery link for {@link #VIEWER}; the token of the link emailed. */
  private static String recoveryToken() throws Exception {
    int before = portal.mail().receivedMessages().size();
    assertThat(portal.session().post("/recover", "email=" + URLEncoder.encode(VIEWER, StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    PortalFixture.await("the recovery email", java.time.Duration.ofSeconds(10), () -> portal.mail().receivedMessages().size() > before);
    Matcher link = Pattern.compile("/reset\\?token=([A-Za-z0-9_%-]+)")
        .matcher(AlertEmailIT.part(portal.mail().receivedMessages().get(before), "text/plain"));
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  @Test
  void alarmSoundUploadsAndResetsAreAudited() throws Exception {
    byte[] wav = io.emoticctv.portal.alarms.ToneWav.forSeverity(io.emoticctv.contracts.Severity.HIGH);
    HttpResponse<String> uploaded = admin.postMultipart("/alarms/sounds/HIGH", Map.of(),
        List.of(new PortalSession.FilePart("sound", "siren.wav", "audio/wav", wav)), true);
    assertThat(uploaded.statusCode()).isEqualTo(303);
    assertThat(portal.auditCount(ADMIN_EMAIL, "sound.upload")).isEqualTo(1);
    assertThat(admin.post("/alarms/sounds/HIGH/reset", "").statusCode()).isEqualTo(303);
    assertThat(admin.post("/alarms/sounds/HIGH/reset", "").statusCode()).as("nothing left to reset").isEqualTo(303);
    assertThat(portal.auditCount(ADMIN_EMAIL, "sound.reset")).isEqualTo(1);
  }

  private static String sessionCookie(HttpResponse<?> response) {
    for (String header : response.headers().allValues("set-cookie")) {
      if (header.startsWith("EMOTICCTV_SESSION=")) {
        return header.substring("EMOTICCTV_SESSION=".length(), header.indexOf(';'));
      }
    }
    return null;
  }

  private static boolean cameraExists(String id) throws SQLException {
    try (Connection c = portal.db();
        PreparedStatement st = c.prepareStatement("SELECT 1 FROM cameras WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }
}
