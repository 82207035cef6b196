package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.portal.web.Disclaimer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalLoginIT {
  private static PortalFixture portal;

  @BeforeAll
  static void startPortal() throws Exception {
    portal = PortalFixture.start("portal_login");
    portal.insertCamera("cam-lobby", "Lobby", "Main entrance");
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void firstAdminIsCreatedWithABcryptHash() throws Exception {
    try (Connection c = portal.db();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT email, role, password_hash FROM users WHERE role = 'ADMIN'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("email")).isEqualTo(ADMIN_EMAIL);
      assertThat(rs.getString("role")).isEqualTo("ADMIN");
      assertThat(rs.getString("password_hash")).startsWith("$2y$12$").doesNotContain(ADMIN_PASSWORD);
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void everyPageButLoginSendsAnonymousVisitorsToTheLoginPage() {
    PortalSession anonymous = portal.session();
    for (String path : new String[] {"/", "/cameras", "/cameras/cam-lobby", "/alerts"}) {
      HttpResponse<String> response = anonymous.get(path);
      assertThat(response.statusCode()).as(path).isBetween(300, 399);
      assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    HttpResponse<String> login = anonymous.get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Log in").contains(Disclaimer.TEXT);
  }

  @Test
  void rightPasswordOpensTheCameraList() {
    PortalSession session = portal.session();
    HttpResponse<String> login = session.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/cameras");
    assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
        cookie ->
            assertThat(cookie)
                .startsWith("EMOTICCTV_SESSION=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));

    HttpResponse<String> cameras = session.get("/cameras");
    assertThat(cameras.statusCode()).isEqualTo(200);
    assertThat(cameras.body())
        .contains("Lobby")
        .contains("Main entrance")
        .contains("Administrator")
        .contains(Disclaimer.TEXT);

    HttpResponse<String> noCamera = session.get("/cameras/cam-nowhere");
    assertThat(noCamera.statusCode()).isEqualTo(404);
    assertThat(noCamera.body()).contains("There is no camera with the id cam-nowhere.");
    HttpResponse<String> noAlert = session.get("/alerts/view?id=cam-lobby%2F1");
    assertThat(noAlert.statusCode()).isEqualTo(404);
    assertThat(noAlert.body()).contains("Alert cam-lobby/1 is not stored yet");
  }

  @Test
  void rolesGuardTheAlarmConsoleTheRulesAndTheSounds() throws Exception {
    portal.insertUserWithPassword("viewer@emoticctv.test", "VIEWER", "viewer password");
    portal.insertUserWithPassword("operator@emoticctv.test", "OPERATOR", "operator password");
    PortalSession anonymous = portal.session();
    for (String path : new String[] {"/alarms", "/rules", "/profile", "/alarms/sounds/HIGH"}) {
      assertThat(anonymous.get(path).statusCode()).as(path).isBetween(300, 399);
    }
    for (String path : new String[] {"/signup", "/recover"}) {
      assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
    }

    PortalSession viewer = portal.session();
    viewer.login("viewer@emoticctv.test", "viewer password");
    assertThat(viewer.get("/alarms").statusCode()).isEqualTo(200);
    assertThat(viewer.get("/alarms/sounds/HIGH", "*/*").statusCode()).isEqualTo(200);
    assertThat(viewer.get("/rules").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/rules/new").statusCode()).isEqualTo(403);
    assertThat(viewer.post("/alarms/acknowledge", "id=x").statusCode()).isEqualTo(403);
    assertThat(viewer.post("/alarms/resolve", "id=x&comment=no").statusCode()).isEqualTo(403);
    assertThat(viewer.post("/rules/default-negative/delete", "").statusCode()).isEqualTo(403);

    PortalSession operator = portal.session();
    operator.login("operator@emoticctv.test", "operator password");
    HttpResponse<String> acknowledge = operator.post("/alarms/acknowledge", "id=no-such-alert");
    assertThat(acknowledge.statusCode()).isEqualTo(303);
    assertThat(acknowledge.headers().firstValue("Location")).hasValue("/alarms?done=stale");
    assertThat(operator.get("/rules").statusCode()).isEqualTo(403);
    assertThat(operator.post("/rules/default-negative/delete", "").statusCode()).isEqualTo(403);

    assertThat(portal.query("SELECT count(*) FROM rules")).as("the seeded rule is still there").isEqualTo("1");
  }

  @Test
  void aSignUpTakesNoTakenEmailAndNoRoleFromTheForm() throws Exception {
    String form =
        PortalSession.form(
            Map.of(
                "email", ADMIN_EMAIL,
                "displayName", "Impostor",
                "password", "long enough",
                "confirm", "long enough"));
    HttpResponse<String> taken = portal.session().post("/signup", form);
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("has an account already");

    HttpResponse<String> created =
        portal
            .session()
            .post(
                "/signup",
                PortalSession.form(
                    Map.of(
                        "email", "eve@emoticctv.test",
                        "displayName", "Eve",
                        "password", "long enough",
                        "confirm", "long enough",
                        "role", "ADMIN")));
    assertThat(created.headers().firstValue("Location")).hasValue("/login?signedUp=true");
    try (Connection c = portal.db();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT role, alert_emails FROM users WHERE email = 'eve@emoticctv.test'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("role")).isEqualTo("VIEWER");
      assertThat(rs.getBoolean("alert_emails")).isFalse();
    }
    HttpResponse<String> unknown = portal.session().post("/recover", "email=nobody%40emoticctv.test");
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("If this email has an account");
    assertThat(portal.session().get("/reset?token=made-up").statusCode()).isEqualTo(410);
  }

  @Test
  void emailIsCaseInsensitive() {
    HttpResponse<String> login = portal.session().login(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);
    assertThat(login.headers().firstValue("Location")).hasValue("/cameras");
  }

  @Test
  void wrongPasswordShowsAnErrorOnTheLoginPage() {
    PortalSession session = portal.session();
    HttpResponse<String> login = session.login(ADMIN_EMAIL, "not the password");
    assertThat(login.statusCode()).isBetween(300, 399);
    String location = login.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/login?error=true");

    HttpResponse<String> page = session.get(location);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Wrong email or password");
    assertThat(session.get("/cameras").statusCode()).isBetween(300, 399);
  }

  @Test
  void unknownEmailGetsTheSameErrorAsAWrongPassword() {
    HttpResponse<String> login = portal.session().login("nobody@emoticctv.test", ADMIN_PASSWORD);
    assertThat(login.headers().firstValue("Location")).hasValue("/login?error=true");
  }

  @Test
  void aPortalNobodyCouldLogIntoRefusesToStart() {
    Map<String, Object> config = minimalConfig("portal_no_admin");
    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, config).close())
        .hasStackTraceContaining(
            "the users table is empty: set EMOTICCTV_ADMIN_EMAIL and EMOTICCTV_ADMIN_PASSWORD");
  }

  @Test
  void aMisspeltSettingRefusesToStart() {
    Map<String, Object> config = new HashMap<>(minimalConfig("portal_bad_key"));
    config.put("emoticctv.admin.email", ADMIN_EMAIL);
    config.put("emoticctv.admin.password", ADMIN_PASSWORD);
    config.put("emoticctv.portal.trend-minutes", 30);
    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, config).close())
        .hasStackTraceContaining("unknown configuration keys [emoticctv.portal.trend-minutes");
  }

  private static Map<String, Object> minimalConfig(String database) {
    PostgresServer postgres = PostgresServer.shared();
    return Map.of(
        "micronaut.server.port", -1,
        "datasources.default.url", postgres.createDatabase(database),
        "datasources.default.username", postgres.user(),
        "datasources.default.password", postgres.password(),
        "emoticctv.kafka.bootstrap-servers", KafkaServer.shared().bootstrapServers());
  }

  @Test
  void healthIsPublicAndTellsNothingElse() {
    HttpResponse<String> health = portal.session().get("/health", "application/json");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(portal.session().get("/beans", "application/json").statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSession() {
    PortalSession session = portal.session();
    session.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    assertThat(session.get("/alerts").statusCode()).isEqualTo(200);

    HttpResponse<String> logout = session.post("/logout", "");
    assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout=true");
    assertThat(session.get("/alerts").statusCode()).isBetween(300, 399);
  }
}
