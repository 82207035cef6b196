package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static io.emoticctv.portal.PortalFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.retention.RetentionJob;
import io.emoticctv.portal.retention.RetentionResult;
import io.emoticctv.portal.web.Disclaimer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.resource.StaticResourceConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may reach which route (anonymous, viewer, operator, admin); bad input to reports, the audit
 * trail, settings, users and webhooks answered with a clear 4xx and nothing stored; and the
 * retention job deleting exactly what is past its period.
 */
class PortalAccessIT {
  static final String VIEWER = "viewer@emoticctv.test";
  static final String OPERATOR = "operator@emoticctv.test";
  static final String PASSWORD = "some password 1";

  private static PortalFixture portal;
  private static Map<String, PortalSession> sessions;
  private static long viewerId;

  @BeforeAll
  static void startPortal() throws Exception {
    portal = PortalFixture.start("portal_access");
    portal.insertCamera("cam-1", "One", "Hall");
    portal.insertUserWithPassword(VIEWER, "VIEWER", PASSWORD);
    portal.insertUserWithPassword(OPERATOR, "OPERATOR", PASSWORD);
    viewerId = Long.parseLong(portal.query("SELECT id FROM users WHERE email = '" + VIEWER + "'"));
    sessions = new LinkedHashMap<>();
    sessions.put("anonymous", portal.session());
    sessions.put("viewer", portal.loggedIn(VIEWER, PASSWORD));
    sessions.put("operator", portal.loggedIn(OPERATOR, PASSWORD));
    sessions.put("admin", portal.loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD));
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  /**
   * Expected statuses for anonymous, viewer, operator, admin; 303 = sent to the login page.
   * {@code form} is a JSON body for the API's routes; {@code method} STREAM is a GET of Server-Sent
   * Events, MULTIPART a POST of {@code form}'s fields as a multipart form without files. A HEAD
   * route is covered by its GET.
   */
  record Route(String method, String path, String form, int anonymous, int viewer, int operator, int admin) {}

  static final List<Route> ROUTES =
      List.of(
          new Route("GET", "/login", "", 200, 303, 303, 303),
          new Route("GET", "/cameras", "", 303, 200, 200, 200),
          new Route("GET", "/cameras/cam-1", "", 303, 200, 200, 200),
          new Route("GET", "/cameras/cam-1?page=1", "", 303, 200, 200, 200),
          new Route("GET", "/cameras/no-such-camera", "", 303, 404, 404, 404),
          new Route("GET", "/cameras/map", "", 303, 200, 200, 200),
          // Server-Sent Events: only the response's status and headers are read
          new Route("STREAM", "/cameras/cam-1/live", "", 303, 200, 200, 200),
          new Route("STREAM", "/cameras/map/live", "", 303, 200, 200, 200),
          new Route("STREAM", "/live/stream", "", 303, 200, 200, 200),
          new Route("STREAM", "/alarms/live", "", 303, 200, 200, 200),
          new Route("GET", "/alarms", "", 303, 200, 200, 200),
          new Route("GET", "/alarms/sounds/HIGH", "", 303, 200, 200, 200),
          new Route("GET", "/alarms/sounds/chime", "", 303, 404, 404, 404),
          new Route("GET", "/alarms/sounds/No%20Sound", "", 303, 404, 404, 404),
          new Route("POST", "/alarms/sounds/chime/reset", "", 303, 403, 403, 303),
          new Route("GET", "/alerts", "", 303, 200, 200, 200),
          new Route("GET", "/reports", "", 303, 200, 200, 200),
          new Route("GET", "/reports/export.csv", "", 303, 200, 200, 200),
          new Route("GET", "/reports/export.pdf", "", 303, 200, 200, 200),
          new Route("GET", "/cameras/new", "", 303, 403, 403, 200),
          new Route("GET", "/cameras/cam-1/edit", "", 303, 403, 403, 200),
          new Route("GET", "/admin", "", 303, 403, 403, 200),
          new Route("GET", "/admin/users", "", 303, 403, 403, 200),
          new Route("GET", "/admin/settings", "", 303, 403, 403, 200),
          new Route("GET", "/admin/audit", "", 303, 403, 403, 200),
          new Route("GET", "/admin/categories", "", 303, 403, 403, 200),
          new Route("GET", "/reports/schedules", "", 303, 403, 403, 200),
          new Route("POST", "/admin/categories/anger", "color=red", 303, 403, 403, 400),
          new Route("POST", "/reports/schedules", "name=", 303, 403, 403, 400),
          new Route("POST", "/admin/users/invite", "email=", 303, 403, 403, 400),
          new Route("GET", "/admin/audit/export.csv", "", 303, 403, 403, 200),
          new Route("GET", "/admin/webhooks", "", 303, 403, 403, 200),
          new Route("GET", "/admin/webhooks/999999", "", 303, 403, 403, 404),
          new Route("GET", "/admin/webhooks/999999/deliveries", "", 303, 403, 403, 404),
          new Route("POST", "/admin/webhooks", "url=", 303, 403, 403, 400),
          new Route("POST", "/admin/webhooks/999999", "name=", 303, 403, 403, 404),
          new Route("POST", "/admin/webhooks/999999/delete", "", 303, 403, 403, 404),
          new Route("POST", "/admin/webhooks/999999/test", "", 303, 403, 403, 404),
          new Route("POST", "/admin/webhooks/999999/deliveries/1/retry", "", 303, 403, 403, 404),
          new Route("GET", "/profile/2fa", "", 303, 200, 200, 200),
          new Route("POST", "/profile/2fa/enable", "code=123456", 303, 400, 400, 400),
          new Route("GET", "/login/2fa", "", 303, 303, 303, 303),
          // posts with bad data: admins get past authorization and are told what is wrong
          new Route("POST", "/cameras", "id=", 303, 403, 403, 400),
          new Route("POST", "/cameras/cam-1", "name=", 303, 403, 403, 400),
          new Route("POST", "/cameras/no-such-camera/delete", "", 303, 403, 403, 404),
          new Route("POST", "/admin/users/999999/role", "role=ADMIN", 303, 403, 403, 404),
          new Route("POST", "/admin/users/999999/disable", "", 303, 403, 403, 404),
          new Route("POST", "/admin/users/999999/enable", "", 303, 403, 403, 404),
          new Route("POST", "/admin/users/999999/delete", "", 303, 403, 403, 404),
          new Route("POST", "/admin/settings", "deploymentPurpose=NOPE", 303, 403, 403, 400),
          new Route("GET", "/issues", "", 303, 200, 200, 200),
          new Route("GET", "/issues/new", "", 303, 200, 200, 200),
          new Route("GET", "/issues/999999", "", 303, 404, 404, 404),
          new Route("GET", "/issues/999999/attachments/1", "", 303, 404, 404, 404),
          new Route("POST", "/issues/999999/status", "status=RESOLVED", 303, 403, 403, 404),
          new Route("GET", "/api/tokens", "", 303, 200, 200, 200),
          new Route("GET", "/api/docs", "", 303, 200, 200, 200),
          new Route("GET", "/swagger/emoticctv-portal-api-1.yml", "", 303, 200, 200, 200),
          new Route("POST", "/api/tokens/999999/revoke", "", 303, 404, 404, 404),
          // the JSON API answers 401 rather than sending anyone to the login page
          new Route("GET", "/api/v1/cameras", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/alerts", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/emotions", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/audit", "", 401, 403, 403, 200),
          // the API's writes, as JSON: a session is held to its role as on the pages
          new Route("POST", "/api/v1/cameras", "{\"id\":\"\"}", 401, 403, 403, 400),
          new Route("PUT", "/api/v1/cameras/cam-1", "{\"name\":\"\"}", 401, 403, 403, 400),
          new Route("DELETE", "/api/v1/cameras/no-such-camera", "", 401, 403, 403, 404),
          new Route("GET", "/api/v1/rules", "", 401, 403, 403, 200),
          new Route("GET", "/api/v1/rules/no-such-rule", "", 401, 403, 403, 404),
          new Route("POST", "/api/v1/rules", "{\"name\":\"\"}", 401, 403, 403, 400),
          new Route("PUT", "/api/v1/rules/no-such-rule", "{}", 401, 403, 403, 404),
          new Route("POST", "/api/v1/rules/no-such-rule/enable", "{}", 401, 403, 403, 404),
          new Route("POST", "/api/v1/rules/no-such-rule/disable", "{}", 401, 403, 403, 404),
          new Route("DELETE", "/api/v1/rules/no-such-rule", "", 401, 403, 403, 404),
          new Route("POST", "/api/v1/alerts/acknowledge", "{\"alertId\":\"no/such/1\"}", 401, 403, 404, 404),
          new Route("POST", "/api/v1/alerts/assign", "{\"alertId\":\"no/such/1\"}", 401, 403, 404, 404),
          new Route("POST", "/api/v1/alerts/resolve", "{\"alertId\":\"no/such/1\"}", 401, 403, 404, 404),
          new Route("POST", "/api/v1/alerts/false-alarm", "{\"alertId\":\"no/such/1\"}", 401, 403, 404, 404),
          new Route("GET", "/api/v1/reports", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/reports/csv", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/reports/pdf", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/issues", "", 401, 200, 200, 200),
          new Route("GET", "/api/v1/issues/999999", "", 401, 404, 404, 404),
          new Route("POST", "/api/v1/issues/999999/status", "{\"status\":\"RESOLVED\"}", 401, 403, 403, 404),
          new Route("GET", "/api/v1/aggregates", "", 401, 400, 400, 400),
          new Route("MULTIPART", "/api/v1/issues", "title=", 401, 400, 400, 400),
          // the pages anyone may open, signed in or not
          new Route("GET", "/health", "", 200, 200, 200, 200),
          new Route("GET", "/health/liveness", "", 200, 200, 200, 200),
          new Route("POST", "/login", "username=nobody%40emoticctv.test&password=wrong", 303, 303, 303, 303),
          new Route("POST", "/login/2fa", "code=123456", 303, 303, 303, 303),
          new Route("GET", "/login/locked", "", 429, 429, 429, 429),
          new Route("GET", "/signup", "", 200, 200, 200, 200),
          new Route("POST", "/signup", "email=", 400, 400, 400, 400),
          new Route("GET", "/recover", "", 200, 200, 200, 200),
          new Route("POST", "/recover", "email=nobody%40emoticctv.test", 200, 200, 200, 200),
          new Route("GET", "/reset?token=made-up", "", 410, 410, 410, 410),
          new Route("POST", "/reset", "token=made-up&password=a+long+password&confirm=a+long+password", 410, 410, 410, 410),
          new Route("GET", "/invite/not-a-token", "", 404, 404, 404, 404),
          new Route("POST", "/invite/" + "A".repeat(43), "password=some+password&confirmation=some+password", 404, 404, 404, 404),
          // every signed-in user's own pages
          new Route("GET", "/", "", 303, 303, 303, 303),
          new Route("GET", "/live", "", 303, 200, 200, 200),
          new Route("GET", "/alerts/view?id=no%2Fsuch%2F1", "", 303, 404, 404, 404),
          new Route("GET", "/profile", "", 303, 200, 200, 200),
          new Route("POST", "/profile", "email=", 303, 400, 400, 400),
          new Route("POST", "/profile/password", "password=short", 303, 400, 400, 400),
          new Route("POST", "/profile/2fa/setup", "", 303, 303, 303, 303),
          new Route("POST", "/profile/2fa/disable", "password=wrong&code=000000", 303, 400, 400, 400),
          new Route("MULTIPART", "/issues", "title=", 303, 400, 400, 400),
          new Route("POST", "/api/tokens", "name=", 303, 400, 400, 400),
          // operators and admins handle alarms (an unknown alert is reported back as stale)
          new Route("POST", "/alarms/acknowledge", "id=no%2Fsuch%2F1", 303, 403, 303, 303),
          new Route("POST", "/alarms/assign", "id=no%2Fsuch%2F1", 303, 403, 303, 303),
          new Route("POST", "/alarms/resolve", "id=no%2Fsuch%2F1", 303, 403, 303, 303),
          // admins only
          new Route("MULTIPART", "/alarms/sounds/chime", "name=chime", 303, 403, 403, 400),
          new Route("POST", "/cameras/probe", "sourceUrl=ftp%3A%2F%2Fcam.example", 303, 403, 403, 400),
          new Route("GET", "/rules", "", 303, 403, 403, 200),
          new Route("GET", "/rules/new", "", 303, 403, 403, 200),
          new Route("GET", "/rules/no-such-rule/edit", "", 303, 403, 403, 404),
          new Route("POST", "/rules", "name=", 303, 403, 403, 400),
          new Route("POST", "/rules/no-such-rule", "name=", 303, 403, 403, 404),
          new Route("POST", "/rules/no-such-rule/delete", "", 303, 403, 403, 404),
          new Route("POST", "/reports/schedules/999999/delete", "", 303, 403, 403, 404),
          new Route("POST", "/admin/categories", "key=", 303, 403, 403, 400),
          new Route("POST", "/admin/categories/no-such/delete", "", 303, 403, 403, 400),
          new Route("POST", "/admin/settings/test-email", "", 303, 403, 403, 200),
          // logging out takes a POST (with the session's token): a link or an image cannot end a session
          new Route("GET", "/logout", "", 303, 403, 403, 403));

  /** Routes the matrix leaves out, with the reason and where they are tested instead. */
  static final Map<String, String> NOT_IN_MATRIX =
      Map.of("POST /logout", "ends the session the matrix runs on; PortalLoginIT.logoutEndsTheSession");

  @Test
  void everyRouteAnswersEachRoleAsExpected() throws Exception {
    String before = snapshot();
    List<String> mismatches = new ArrayList<>();
    int pages = 0;
    for (Route route : ROUTES) {
      int[] expected = {route.anonymous(), route.viewer(), route.operator(), route.admin()};
      int i = 0;
      for (Map.Entry<String, PortalSession> who : sessions.entrySet()) {
        HttpResponse<?> response =
            route.method().equals("GET")
                ? who.getValue().get(route.path(), accept(route.path()))
                : route.method().equals("STREAM")
                ? who.getValue().openStream(route.path())
                : route.method().equals("MULTIPART")
                ? who.getValue().postMultipart(route.path(), fields(route.form()), List.of(), true)
                : route.path().startsWith("/api/v1")
                ? who.getValue().sendJson(route.method(), route.path(), route.form())
                : who.getValue().post(route.path(), route.form());
        int status = response.statusCode() == 302 ? 303 : response.statusCode();
        if (status == 401 && who.getKey().equals("anonymous") && !route.path().startsWith("/api/v1")) {
          status = 303; // refused alike: only requests that accept HTML are sent to the login page
        }
        if (status != expected[i]) {
          mismatches.add(route.method() + " " + route.path() + " as " + who.getKey() + ": " + status + " not " + expected[i]);
        }
        if (response.statusCode() == 200 && response.body() instanceof String page
            && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          // every page says what the system can and cannot know
          assertThat(page).as(route.path()).contains(Disclaimer.TEXT);
          pages++;
        }
        if (response.statusCode() == 303 && who.getKey().equals("anonymous")) {
          assertThat(response.headers().firstValue("Location").orElse("")).startsWith("/login");
        }
        i++;
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(pages).as("pages checked for the disclaimer").isGreaterThan(50);
    assertThat(snapshot()).isEqualTo(before);
  }

  /**
   * Every route the portal serves is in {@link #ROUTES} (or named in {@link #NOT_IN_MATRIX}), and every row
   * but static files is served by a route.
   */
  @Test
  void theMatrixHasEveryRouteOfThePortal() {
    List<UriRouteInfo<?, ?>> routes = portal.bean(Router.class).uriRoutes().toList();
    Set<String> covered = new HashSet<>(NOT_IN_MATRIX.keySet());
    List<String> staticFolders = portal.server.getApplicationContext().getBeansOfType(StaticResourceConfiguration.class)
        .stream().map(s -> s.getMapping().replace("**", "")).toList();
    List<String> unserved = new ArrayList<>();
    for (Route route : ROUTES) {
      String method = route.method().equals("STREAM") ? "GET" : route.method().equals("MULTIPART") ? "POST" : route.method();
      String path = route.path().contains("?") ? route.path().substring(0, route.path().indexOf('?')) : route.path();
      if (staticFolders.stream().anyMatch(path::startsWith)) {
        continue; // a file of a static-resources mapping, which no route serves
      }
      // the route that serves the path: the matching template with the fewest variables
      routes.stream()
          .filter(r -> r.getHttpMethodName().equals(method) && r.match(path).isPresent())
          .min(Comparator.comparingInt((UriRouteInfo<?, ?> r) -> r.getUriMatchTemplate().getVariableNames().size()))
          .ifPresentOrElse(
              r -> {
                covered.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate());
                covered.add("HEAD " + r.getUriMatchTemplate());
              },
              () -> unserved.add("no route serves " + route.method() + " " + route.path()));
    }
    assertThat(unserved).as("matrix rows for routes the portal does not have").isEmpty();
    List<String> missing = routes.stream()
        .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate())
        .filter(r -> !covered.contains(r))
        .distinct()
        .sorted()
        .toList();
    assertThat(missing).as("routes without a row in the matrix").isEmpty();
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndStoresNothing() throws Exception {
    PortalSession admin = sessions.get("admin");
    String before = snapshot();
    String manyCameras = IntStream.range(0, 51).mapToObj(i -> "camera=c" + i).collect(Collectors.joining("&"));
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/reports?granularity=week", "minute, hour or day");
    pages.put("/reports?from=yesterday", "start date must look like");
    pages.put("/reports?to=2026-13-01", "end date must look like");
    pages.put("/reports?from=2026-11-20&to=2026-11-10", "before the start date");
    pages.put("/reports?from=2026-11-01&to=2026-11-20&granularity=minute", "at most 2 days");
    pages.put("/reports?from=2020-01-01&to=2026-11-20&granularity=hour", "at most 92 days");
    pages.put("/reports?from=2020-01-01&to=2026-11-20&granularity=day", "at most 731 days");
    pages.put("/reports?camera=%27%3B+drop+table+cameras", "no camera with the id");
    pages.put("/reports?" + manyCameras, "at most 50 cameras");
    pages.put("/reports?zone=" + "z".repeat(101), "zone name is too long");
    pages.put("/reports/export.csv?from=nope", "start date must look like");
    pages.put("/reports/export.pdf?granularity=year", "minute, hour or day");
    pages.put("/admin/audit?from=nope", "from date must look like");
    pages.put("/admin/audit?from=2026-11-10&to=2026-11-01", "end date is before");
    pages.put("/admin/audit?actor=" + "a".repeat(201), "too long");
    pages.put("/admin/audit/export.csv?to=31.12.2026", "to date must look like");
    int cases = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      HttpResponse<String> response = admin.get(page.getKey(), accept(page.getKey()));
      assertThat(response.statusCode()).as(page.getKey()).isEqualTo(400);
      assertThat(response.body()).as(page.getKey()).contains(page.getValue());
      cases++;
    }

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("deploymentPurpose=MARS_BASE", "Choose one of the listed site types");
    settings.put("windowsRetentionDays=0", "A whole number of days");
    settings.put("windowsRetentionDays=abc", "A whole number of days");
    settings.put("alertsRetentionDays=99999", "A whole number of days");
    settings.put("auditRetentionDays=-1", "A whole number of days");
    settings.put("auditRetentionDays=1.5", "A whole number of days");
    settings.put("mapTileUrl=http%3A%2F%2Ftiles.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png", "https URL");
    settings.put("mapTileUrl=https%3A%2F%2Ftiles.example%2Fstatic.png", "https URL");
    settings.put("mapTileUrl=javascript%3Aalert(1)%7Bz%7D%7Bx%7D%7By%7D", "https URL");
    settings.put("mapTileUrl=" + "h".repeat(501), "https URL");
    settings.put("smtpPort=0", "A port number from 1 to 65535");
    settings.put("smtpPort=65536", "A port number from 1 to 65535");
    settings.put("smtpPort=smtp", "A port number from 1 to 65535");
    settings.put("smtpHost=mail_server%21.example", "Give a host name such as smtp.example.org");
    settings.put("smtpHost=-mail.example.org", "Give a host name such as smtp.example.org");
    settings.put("smtpHost=" + "m".repeat(64) + ".example.org", "Give a host name such as smtp.example.org");
    settings.put("smtpSecurity=ROT13", "Choose one of the listed kinds of connection security");
    settings.put("smtpUsername=" + "u".repeat(201), "At most 200 characters");
    settings.put("smtpPassword=" + "p".repeat(201), "At most 200 characters");
    settings.put("smtpPassword=new-secret&smtpPasswordRemove=true", "Either type a new password or tick");
    settings.put("mailFrom=not-an-email", "Give one email address such as alerts@example.org");
    settings.put("mailFrom=alerts%40example.org%2C+x%40example.org", "Give one email address");
    settings.put("mailFrom=Alerts+%3Calerts%40example.org%3E", "Give one email address");
    settings.put("mailFrom=" + "a".repeat(250) + "%40example.org", "Give one email address");
    String valid = "deploymentPurpose=RETAIL&windowsRetentionDays=30&alertsRetentionDays=30&auditRetentionDays=30&attachmentsRetentionDays=30&mapTileUrl=";
    for (Map.Entry<String, String> bad : settings.entrySet()) {
      String field = bad.getKey().substring(0, bad.getKey().indexOf('='));
      String form = valid.replaceAll(field + "=[^&]*", bad.getKey().replace("$", "\\$"));
      if (!form.contains(bad.getKey())) {
        form = form + "&" + bad.getKey();
      }
      HttpResponse<String> response = admin.post("/admin/settings", form);
      assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(response.body()).as(bad.getKey()).contains(bad.getValue());
      cases++;
    }
    HttpResponse<String> empty = admin.post("/admin/settings", "");
    assertThat(empty.statusCode()).isEqualTo(400);
    cases++;

    Map<String, Integer> users = new LinkedHashMap<>();
    users.put("/admin/users/" + viewerId + "/role|role=SUPERUSER", 400);
    users.put("/admin/users/" + viewerId + "/role|role=", 400);
    users.put("/admin/users/not-a-number/disable|", 400);
    users.put("/admin/users/424242/delete|", 404);
    long adminId = Long.parseLong(portal.query("SELECT id FROM users WHERE email = '" + ADMIN_EMAIL + "'"));
    users.put("/admin/users/" + adminId + "/disable|", 400);
    users.put("/admin/users/" + adminId + "/delete|", 400);
    users.put("/admin/users/" + adminId + "/role|role=VIEWER", 400);
    for (Map.Entry<String, Integer> bad : users.entrySet()) {
      String[] parts = bad.getKey().split("\\|", -1);
      assertThat(admin.post(parts[0], parts[1]).statusCode()).as(bad.getKey()).isEqualTo(bad.getValue());
      cases++;
    }

    Map<String, String> invites = new LinkedHashMap<>();
    invites.put("email=not-an-email&displayName=X&role=VIEWER", "valid email address");
    invites.put("email=" + VIEWER + "&displayName=X&role=VIEWER", "already");
    invites.put("email=new%40emoticctv.test&displayName=&role=VIEWER", "name of 1 to 100");
    invites.put("email=new%40emoticctv.test&displayName=X&role=ROOT", "ADMIN, OPERATOR or VIEWER");
    for (Map.Entry<String, String> bad : invites.entrySet()) {
      HttpResponse<String> refused = admin.post("/admin/users/invite", bad.getKey());
      assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(refused.body()).as(bad.getKey()).contains(bad.getValue());
      cases++;
    }
    Map<String, String> categories = new LinkedHashMap<>();
    categories.put("/admin/categories|key=upset&displayName=Upset&color=red&member.anger=true&member.fear=true", "colour looks like");
    categories.put("/admin/categories|key=Bad+Key&displayName=X&color=%23aabbcc&member.anger=true&member.fear=true", "lower-case letters");
    categories.put("/admin/categories|key=solo&displayName=Solo&color=%23aabbcc&member.anger=true", "at least 2");
    categories.put("/admin/categories|key=distress&displayName=Again&color=%23aabbcc&member.anger=true&member.fear=true", "already");
    categories.put("/admin/categories|key=x&displayName=&color=%23aabbcc&member.anger=true&member.fear=true", "display name");
    categories.put("/admin/categories|key=loud&displayName=Loud&color=%23aabbcc&sound=..%2Fetc&member.anger=true&member.fear=true", "sound name");
    categories.put("/admin/categories/no-such|displayName=X&color=%23aabbcc", "no category");
    categories.put("/admin/categories/anger/delete|", "cannot be removed");
    for (Map.Entry<String, String> bad : categories.entrySet()) {
      String[] parts = bad.getKey().split("\\|", -1);
      HttpResponse<String> refused = admin.post(parts[0], parts[1]);
      assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(refused.body()).as(bad.getKey()).contains(bad.getValue());
      cases++;
    }

    String hook = "name=Ops&format=GENERIC&secret=0123456789abcdef&emotionAlerts=true&enabled=true";
    String https = "&url=https%3A%2F%2Fhooks.example.com%2Fops";
    Map<String, String> webhooks = new LinkedHashMap<>();
    webhooks.put(hook + "&url=ftp%3A%2F%2Fhooks.example.com", "http:// or https:// URL");
    webhooks.put(hook + "&url=not+a+url", "http:// or https:// URL");
    webhooks.put(hook + "&url=javascript%3Aalert(1)", "http:// or https:// URL");
    webhooks.put(hook + https + "%2F" + "a".repeat(2000), "at most 2000 characters");
    webhooks.put("name=Ops&format=GENERIC&emotionAlerts=true" + https, "Give a secret of 16 to 200 characters");
    webhooks.put("name=Ops&format=GENERIC&secret=short&emotionAlerts=true" + https, "Give a secret of 16 to 200 characters");
    webhooks.put("name=Ops&format=GENERIC&emotionAlerts=true&secret=" + "s".repeat(201) + https, "Give a secret of 16 to 200 characters");
    webhooks.put("name=Ops&format=XML&secret=0123456789abcdef&emotionAlerts=true" + https, "Unknown format");
    webhooks.put("name=" + "n".repeat(101) + "&format=GENERIC&secret=0123456789abcdef&emotionAlerts=true" + https, "name of 1 to 100");
    webhooks.put("name=Ops&format=GENERIC&secret=0123456789abcdef" + https, "at least one kind of event");
    for (Map.Entry<String, String> bad : webhooks.entrySet()) {
      HttpResponse<String> refused = admin.post("/admin/webhooks", bad.getKey());
      assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(refused.body()).as(bad.getKey()).contains(bad.getValue());
      cases++;
    }

    PortalSession stranger = portal.session();
    assertThat(stranger.get("/invite/not-a-token").statusCode()).isEqualTo(404);
    assertThat(stranger.post("/invite/" + "A".repeat(43), "password=some+password&confirmation=some+password").statusCode()).isEqualTo(404);
    cases += 2;

    // forged posts: no token, a wrong token, a cross-site origin
    String origin = portal.uri("").toString();
    assertThat(admin.postWithoutToken("/admin/settings", valid, origin).statusCode()).isEqualTo(403);
    assertThat(admin.postWithoutToken("/admin/settings", "_csrf=x&" + valid, origin).statusCode()).isEqualTo(403);
    assertThat(admin.postWithoutToken("/admin/users/" + viewerId + "/delete", "", origin).statusCode()).isEqualTo(403);
    assertThat(admin.post("/cameras/cam-1/delete", "", "https://evil.example").statusCode()).isEqualTo(403);
    cases += 4;

    assertThat(cases).isGreaterThanOrEqualTo(30);
    assertThat(snapshot()).as("nothing stored").isEqualTo(before);
  }

  /** {@code a=1&b=x+y} as a map, values URL-decoded. */
  static Map<String, String> fields(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  static String accept(String path) {
    String file = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (file.startsWith("/api/v1")) {
      return "application/json";
    }
    if (file.startsWith("/alarms/sounds/")) {
      return "*/*";
    }
    return file.endsWith(".csv") ? "text/csv" : file.endsWith(".pdf") ? "application/pdf" : "text/html";
  }

  @Test
  void personalTokensAreShownOnceStoredHashedScopedAndRevocable() throws Exception {
    PortalSession viewer = sessions.get("viewer");
    assertThat(viewer.post("/api/tokens", "name=nightly+export&read=true&admin=true").body()).contains("cannot hold the admin scope");
    assertThat(viewer.post("/api/tokens", "name=&read=true").statusCode()).isEqualTo(400);
    assertThat(viewer.post("/api/tokens", "name=no+scope").body()).contains("at least one scope");
    assertThat(portal.query("SELECT count(*) FROM api_tokens")).isEqualTo("0");

    HttpResponse<String> created = viewer.post("/api/tokens", "name=nightly+export&read=true");
    assertThat(created.statusCode()).isEqualTo(200);
    Matcher shown = Pattern.compile("id=\"new-token\">(ecc_[A-Za-z0-9_-]+)<").matcher(created.body());
    assertThat(shown.find()).isTrue();
    String token = shown.group(1);
    assertThat(viewer.get("/api/tokens").body()).doesNotContain(token);
    assertThat(portal.query("SELECT count(*) FROM api_tokens WHERE token_hash = '" + token + "' OR token_prefix = '" + token + "'")).isEqualTo("0");

    HttpClient api = HttpClient.newHttpClient();
    assertThat(viewer.get("/swagger/emoticctv-portal-api-1.yml", "*/*").body())
        .contains("/api/v1/cameras:").contains("/api/v1/aggregates:").contains("scheme: bearer").doesNotContain("/admin/users")
        .contains("/api/v1/cameras/{cameraId}:").contains("/api/v1/rules/{ruleId}/disable:").contains("/api/v1/alerts/resolve:")
        .contains("/api/v1/reports/pdf:");
    HttpResponse<String> cameras = bearer(api, "/api/v1/cameras", token);
    assertThat(cameras.statusCode()).isEqualTo(200);
    assertThat(cameras.body()).contains("\"id\":\"cam-1\"");
    assertThat(bearer(api, "/api/v1/audit", token).statusCode()).isEqualTo(403);
    Map<String, String> badCalls = new LinkedHashMap<>();
    badCalls.put("/api/v1/aggregates?camera=cam-1&granularity=day&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z", "window, minute or hour");
    badCalls.put("/api/v1/aggregates?camera=cam-1&granularity=hour&from=yesterday&to=2026-11-02T00:00:00Z", "ISO-8601");
    badCalls.put("/api/v1/aggregates?camera=cam-1&granularity=hour&from=2026-01-01T00:00:00Z&to=2026-11-02T00:00:00Z", "at most 31 days");
    badCalls.put("/api/v1/aggregates?camera=cam-1&granularity=hour&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "after from");
    badCalls.put("/api/v1/alerts?limit=0", "between 1 and 1000");
    for (Map.Entry<String, String> bad : badCalls.entrySet()) {
      HttpResponse<String> refused = bearer(api, bad.getKey(), token);
      assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(refused.body()).as(bad.getKey()).contains(bad.getValue());
    }
    assertThat(bearer(api, "/api/v1/aggregates?camera=cam-1&granularity=hour&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z", token).body())
        .isEqualTo("[]");
    assertThat(bearer(api, "/api/v1/cameras", token.substring(0, token.length() - 1) + "x").statusCode()).isEqualTo(401);
    assertThat(bearer(api, "/api/v1/cameras", "not-a-token").statusCode()).isEqualTo(401);
    assertThat(portal.query("SELECT last_used_at IS NOT NULL FROM api_tokens")).isEqualTo("t");

    String id = portal.query("SELECT id FROM api_tokens");
    assertThat(sessions.get("operator").post("/api/tokens/" + id + "/revoke", "").statusCode()).as("not theirs").isEqualTo(404);
    assertThat(viewer.post("/api/tokens/" + id + "/revoke", "").statusCode()).isEqualTo(303);
    assertThat(bearer(api, "/api/v1/cameras", token).statusCode()).isEqualTo(401);
    assertThat(portal.auditCount(VIEWER, "token.revoke")).isEqualTo(1);
  }

  private static HttpResponse<String> bearer(HttpClient client, String path, String token) throws Exception {
    return client.send(
        java.net.http.HttpRequest.newBuilder(portal.uri(path)).header("Authorization", "Bearer " + token)
            .header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static byte[] png(int width, int height) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void issuesAreSeenOnlyByTheirReporterAndAdminsAndBadReportsStoreNothing() throws Exception {
    PortalSession viewer = sessions.get("viewer");
    Map<String, String> fields = Map.of("title", "Yard camera offline", "description", "Since 9:00", "cameraId", "cam-1");
    List<PortalSession.FilePart> image = List.of(new PortalSession.FilePart("image1", "yard.png", "image/png", png(12, 8)));
    HttpResponse<String> created = viewer.postMultipart("/issues", fields, image, true);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String issue = created.headers().firstValue("Location").orElseThrow();
    String attachment = issue + "/attachments/" + portal.query("SELECT max(id) FROM issue_attachments");
    assertThat(viewer.get(issue).statusCode()).isEqualTo(200);
    assertThat(viewer.get(attachment, "image/png").statusCode()).isEqualTo(200);
    assertThat(sessions.get("operator").get(issue).statusCode()).isEqualTo(404);
    assertThat(sessions.get("operator").get(attachment, "image/png").statusCode()).isEqualTo(404);
    assertThat(sessions.get("admin").get(issue).statusCode()).isEqualTo(200);
    assertThat(sessions.get("operator").post(issue + "/status", "status=RESOLVED").statusCode()).isEqualTo(403);

    assertThat(viewer.postMultipart("/issues", fields, List.of(), true).statusCode()).as("no image is fine").isEqualTo(303);

    String before = snapshot();
    byte[] valid = png(12, 8);
    Map<String, List<PortalSession.FilePart>> badFiles = new LinkedHashMap<>();
    badFiles.put("not a PNG, JPEG or GIF", List.of(new PortalSession.FilePart("image1", "evil.png", "image/png", "<?php system($_GET[0]);".getBytes())));
    badFiles.put("not a PNG, JPEG or GIF ", List.of(new PortalSession.FilePart("image1", "page.html", "text/html", "<html><script>x</script>".getBytes())));
    badFiles.put("could not be read", List.of(new PortalSession.FilePart("image1", "cut.png", "image/png", java.util.Arrays.copyOf(valid, 30))));
    badFiles.put("is empty", List.of(new PortalSession.FilePart("image1", "zero.png", "image/png", new byte[0])));
    badFiles.put("pixels per side", List.of(new PortalSession.FilePart("image1", "wide.png", "image/png", png(7000, 2))));
    badFiles.put("larger than 5 MB", List.of(new PortalSession.FilePart("image1", "huge.png", "image/png", java.util.Arrays.copyOf(valid, 5 * 1024 * 1024 + 1))));
    for (Map.Entry<String, List<PortalSession.FilePart>> bad : badFiles.entrySet()) {
      HttpResponse<String> refused = viewer.postMultipart("/issues", fields, bad.getValue(), true);
      assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(refused.body()).as(bad.getKey()).contains(bad.getKey().strip());
    }
    // more than the whole request may carry: refused at once, not left hanging
    String boundary = "----emoticctv-oversize";
    HttpResponse<String> oversize = viewer.send(java.net.http.HttpRequest.newBuilder(portal.uri("/issues"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofSeconds(30))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(PortalSession.multipart(boundary,
            Map.of("_csrf", viewer.csrfToken(), "title", "Huge"),
            List.of(new PortalSession.FilePart("image1", "huge.png", "image/png", java.util.Arrays.copyOf(valid, 17 * 1024 * 1024))))))
        .build());
    assertThat(oversize.statusCode()).isEqualTo(413);
    Map<Map<String, String>, String> badFields = new LinkedHashMap<>();
    badFields.put(Map.of("title", "", "description", "x"), "Give a title");
    badFields.put(Map.of("title", "t".repeat(201), "description", "x"), "Give a title");
    badFields.put(Map.of("title", "ok", "description", "d".repeat(10_001)), "at most 10000 characters");
    badFields.put(Map.of("title", "ok", "cameraId", "no-such-cam"), "no camera with the id");
    for (Map.Entry<Map<String, String>, String> bad : badFields.entrySet()) {
      HttpResponse<String> refused = viewer.postMultipart("/issues", bad.getKey(), image, true);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains(bad.getValue());
    }
    assertThat(viewer.postMultipart("/issues", fields, image, false).statusCode()).as("no CSRF token").isEqualTo(403);
    PortalSession admin = sessions.get("admin");
    assertThat(admin.post(issue + "/status", "status=CLOSED").body()).contains("Choose one of the statuses");
    assertThat(admin.post(issue + "/status", "status=RESOLVED&comment=" + "c".repeat(5001)).statusCode()).isEqualTo(400);
    assertThat(portal.query("SELECT count(*) FROM issue_events WHERE issue_id = " + issue.substring(issue.lastIndexOf('/') + 1))).isEqualTo("1");
    assertThat(portal.query("SELECT count(*) FROM issues WHERE reporter_id IS NOT NULL")).isEqualTo("2");
    assertThat(portal.query("SELECT count(*) FROM issue_attachments a JOIN issues i ON i.id = a.issue_id WHERE i.reporter_id IS NOT NULL")).isEqualTo("1");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void retentionDeletesWhatIsPastEachPeriodAndKeepsTheRest() throws Exception {
    Instant now = Instant.parse("2030-06-01T12:00:00Z");
    portal.execute("UPDATE site_settings SET windows_retention_days = 10, alerts_retention_days = 20, audit_retention_days = 30, attachments_retention_days = 40");
    portal.insertWindow(window("cam-1", now.minus(Duration.ofDays(11)), 1, 0, 0, 0, 0, 0, 0));
    portal.insertWindow(window("cam-1", now.minus(Duration.ofDays(9)), 1, 0, 0, 0, 0, 0, 0));
    portal.insertAlert(TestAlerts.opened("cam-1", Emotion.ANGER, Severity.HIGH,
        now.minus(Duration.ofDays(21)).toEpochMilli(), now.minus(Duration.ofDays(21)).toEpochMilli(), 0.6, 3, "r-old", "m"));
    portal.insertAlert(TestAlerts.opened("cam-1", Emotion.FEAR, Severity.HIGH,
        now.minus(Duration.ofDays(19)).toEpochMilli(), now.minus(Duration.ofDays(19)).toEpochMilli(), 0.6, 3, "r-new", "m"));
    try (Connection c = portal.db();
        PreparedStatement st = c.prepareStatement("INSERT INTO audit_events (at, actor, action) VALUES (?, 'old@x', 'test.old'), (?, 'new@x', 'test.new')")) {
      st.setTimestamp(1, Timestamp.from(now.minus(Duration.ofDays(31))));
      st.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(29))));
      st.executeUpdate();
    }
    long auditBefore = Long.parseLong(portal.query("SELECT count(*) FROM audit_events"));
    String issue = portal.query("INSERT INTO issues (title, description, status, created_at, updated_at) VALUES ('old', '', 'OPEN', now(), now()) RETURNING id");
    try (Connection c = portal.db();
        PreparedStatement st = c.prepareStatement("INSERT INTO issue_attachments (issue_id, file_name, content_type, width, height, bytes, created_at)"
            + " VALUES (?, 'old.png', 'image/png', 1, 1, '\\x00', ?), (?, 'new.png', 'image/png', 1, 1, '\\x00', ?)")) {
      st.setLong(1, Long.parseLong(issue));
      st.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(41))));
      st.setLong(3, Long.parseLong(issue));
      st.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(39))));
      st.executeUpdate();
    }

    RetentionResult result = portal.bean(RetentionJob.class).run(now);

    // everything the other tests stored is "now" in 2026, far past every period at 2030
    assertThat(result.windows()).isGreaterThanOrEqualTo(1);
    assertThat(portal.query("SELECT count(*) FROM emotion_windows")).isEqualTo("1");
    assertThat(portal.query("SELECT count(*) FROM emotion_windows WHERE window_start = '" + Timestamp.from(now.minus(Duration.ofDays(9))).toInstant() + "'")).isEqualTo("1");
    assertThat(portal.query("SELECT count(*) FROM alerts")).isEqualTo("1");
    assertThat(portal.query("SELECT emotion FROM alerts")).isEqualTo("FEAR");
    assertThat(portal.query("SELECT count(*) FROM audit_events WHERE action LIKE 'test.%'")).isEqualTo("1");
    assertThat(portal.query("SELECT actor FROM audit_events WHERE action LIKE 'test.%'")).isEqualTo("new@x");
    assertThat(result.auditEvents()).isEqualTo(auditBefore - 1);
    assertThat(portal.query("SELECT string_agg(file_name, ',') FROM issue_attachments WHERE issue_id = " + issue)).isEqualTo("new.png");
    assertThat(portal.query("SELECT count(*) FROM audit_events WHERE action = 'retention.run'")).isEqualTo("1");

    RetentionResult again = portal.bean(RetentionJob.class).run(now);
    assertThat(again.windows() + again.alerts() + again.attachments()).isZero();
  }

  @Test
  void noTableKeepsAFaceImage() throws Exception {
    // the only binary columns: images people attach to issues, and uploaded alarm sounds
    assertThat(portal.query("SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name)"
        + " FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'bytea'"))
        .isEqualTo("alarm_sounds.data,issue_attachments.bytes");
  }

  /** Rows of the tables bad input could touch, as text. */
  private static String snapshot() throws SQLException {
    return portal.query("SELECT string_agg(email || ':' || role || ':' || enabled, ',' ORDER BY email) FROM users")
        + "|" + portal.query("SELECT string_agg(id || ':' || name, ',' ORDER BY id) FROM cameras")
        // concat_ws, not ||: unset (null) settings must not blank out the others
        + "|" + portal.query("SELECT concat_ws('/', deployment_purpose, windows_retention_days, alerts_retention_days,"
            + " audit_retention_days, map_tile_url, smtp_host, smtp_port, smtp_security, smtp_username, smtp_password,"
            + " mail_from) FROM site_settings")
        + "|" + portal.query("SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM issues")
        + "|" + portal.query("SELECT string_agg(key || display_name || color || abnormal || array_to_string(members, '+'), ',' ORDER BY key) FROM emotion_categories")
        + "|" + portal.query("SELECT count(*) FROM webhooks");
  }
}
