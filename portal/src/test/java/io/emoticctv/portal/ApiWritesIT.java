package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static io.emoticctv.portal.PortalFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.Severity;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API's writes with personal tokens against the running portal: cameras and rules reach
 * their topics as from the pages, alerts that came through the alerts topic are handled, reports
 * download; scopes and roles refuse what they must; bad input stores nothing.
 */
class ApiWritesIT {
  static final String OPERATOR = "operator@emoticctv.test";
  static final String VIEWER = "viewer@emoticctv.test";
  static final String PASSWORD = "some password 1";
  static final Instant NINE = Instant.parse("2026-11-02T09:00:00Z");
  static final String CAMERA = "{\"id\":\"api-gate\",\"name\":\"Gate\",\"location\":\"North\","
      + "\"sourceUrl\":\"rtsp://10.0.0.5/stream1\",\"analysisFps\":2,\"enabled\":true,\"zone\":\"yard\"}";
  static final String RULE = "{\"ruleId\":\"api-anger\",\"name\":\"Anger at the gate\",\"kind\":\"SUSTAINED\","
      + "\"cameraId\":\"cam-1\",\"emotions\":[\"anger\",\"fear\"],\"threshold\":50,\"windows\":3,\"minFaces\":2,"
      + "\"severity\":\"HIGH\",\"cooldownMinutes\":5,\"days\":[1,2,3,4,5,6,7],\"startTime\":\"00:00\","
      + "\"endTime\":\"00:00\",\"timeZone\":\"UTC\",\"enabled\":true}";

  private static PortalFixture portal;
  private static ApiClient admin;
  private static ApiClient adminReadOnly;
  private static ApiClient operator;
  private static ApiClient viewer;
  private static ApiClient viewerIssues;

  @BeforeAll
  static void start() throws Exception {
    portal = PortalFixture.start("api_writes");
    portal.insertCamera("cam-1", "One", "Hall");
    portal.insertUserWithPassword(OPERATOR, "OPERATOR", PASSWORD);
    portal.insertUserWithPassword(VIEWER, "VIEWER", PASSWORD);
    PortalSession adminSession = portal.loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    admin = ApiClient.withNewToken(portal, adminSession, "read", "write", "admin");
    adminReadOnly = ApiClient.withNewToken(portal, adminSession, "read");
    operator = ApiClient.withNewToken(portal, portal.loggedIn(OPERATOR, PASSWORD), "read", "write");
    PortalSession viewerSession = portal.loggedIn(VIEWER, PASSWORD);
    viewer = ApiClient.withNewToken(portal, viewerSession, "read");
    viewerIssues = ApiClient.withNewToken(portal, viewerSession, "read", "issues");
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aCameraSavedOverTheApiReachesTheIngestAgentsAndTheAuditTrail() throws Exception {
    HttpResponse<String> created = admin.post("/api/v1/cameras", CAMERA);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"id\":\"api-gate\"").doesNotContain("rtsp://");
    assertThat(admin.get("/api/v1/cameras").body()).contains("\"id\":\"api-gate\"");

    HttpResponse<String> updated = admin.put("/api/v1/cameras/api-gate", CAMERA.replace("\"Gate\"", "\"Gate north\""));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(admin.delete("/api/v1/cameras/api-gate").statusCode()).isEqualTo(200);

    List<ConsumerRecord<String, byte[]>> records = portal.topicRecords(portal.camerasTopic, "api-gate");
    assertThat(records).hasSize(3);
    CameraConfigRecord first = RecordCodec.CAMERA_CONFIGS.decode(records.get(0).value());
    assertThat(first.name()).isEqualTo("Gate");
    assertThat(first.sourceUrl()).isEqualTo("rtsp://10.0.0.5/stream1");
    assertThat(first.analysisFps()).isEqualTo(2.0);
    assertThat(RecordCodec.CAMERA_CONFIGS.decode(records.get(1).value()).name()).isEqualTo("Gate north");
    assertThat(records.get(2).value()).as("a tombstone").isNull();
    assertThat(portal.query("SELECT count(*) FROM cameras WHERE id = 'api-gate'")).isEqualTo("0");
    assertThat(portal.query("SELECT detail FROM audit_events WHERE action = 'camera.create' AND target = 'api-gate'"))
        .contains("via API token 'test read write admin'");
    assertThat(portal.auditCount(ADMIN_EMAIL, "camera.delete")).isEqualTo(1);
  }

  @Test
  void rulesWrittenOverTheApiArePublishedToTheRulesTopicIncludingTheTombstone() throws Exception {
    HttpResponse<String> created = admin.post("/api/v1/rules", RULE);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"version\":1").contains("\"emotions\":[\"anger\",\"fear\"]")
        .contains("\"suspended\":false");
    HttpResponse<String> updated = admin.put("/api/v1/rules/api-anger", RULE.replace("\"threshold\":50", "\"threshold\":65"));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(admin.post("/api/v1/rules/api-anger/disable", "{}").body()).contains("\"enabled\":false").contains("\"version\":3");
    assertThat(admin.get("/api/v1/rules/api-anger").body()).contains("\"threshold\":\"65\"").contains("\"days\":[1,2,3,4,5,6,7]");
    assertThat(admin.delete("/api/v1/rules/api-anger").statusCode()).isEqualTo(200);

    List<ConsumerRecord<String, byte[]>> records = portal.topicRecords(portal.rulesTopic, "api-anger");
    assertThat(records).hasSize(4);
    RuleRecord first = RecordCodec.RULES.decode(records.get(0).value());
    assertThat(first.emotions()).containsExactly(Emotion.ANGER, Emotion.FEAR);
    assertThat(first.threshold()).isEqualTo(0.5);
    assertThat(first.enabled()).isTrue();
    RuleRecord second = RecordCodec.RULES.decode(records.get(1).value());
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.threshold()).isEqualTo(0.65);
    RuleRecord third = RecordCodec.RULES.decode(records.get(2).value());
    assertThat(third.enabled()).isFalse();
    assertThat(third.threshold()).isEqualTo(0.65);
    assertThat(records.get(3).value()).as("a tombstone").isNull();
    assertThat(portal.query("SELECT count(*) FROM rules WHERE rule_id = 'api-anger'")).isEqualTo("0");
    assertThat(portal.auditCount(ADMIN_EMAIL, "rule.update")).isEqualTo(2);
  }

  @Test
  void alertsThatCameThroughTheAlertsTopicAreAcknowledgedAndResolved() throws Exception {
    Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    AlertRecord fear = TestAlerts.opened("cam-1", Emotion.FEAR, Severity.HIGH, first.toEpochMilli(),
        first.plusSeconds(30).toEpochMilli(), 0.7, 3, "hall-fear", "fer-cnn-test");
    AlertRecord anger = TestAlerts.opened("cam-1", Emotion.ANGER, Severity.LOW, first.plusSeconds(10).toEpochMilli(),
        first.plusSeconds(40).toEpochMilli(), 0.6, 3, "hall-anger", "fer-cnn-test");
    for (AlertRecord alert : List.of(fear, anger)) {
      portal.insertAlert(alert); // the job stores the row and publishes the record
      portal.produce(portal.alertsTopic, "cam-1", RecordCodec.ALERTS.encode(alert));
    }
    portal.awaitHandled("alerts", portal.alertsTopic);

    String fearId = "{\"alertId\":\"" + fear.alertId() + "\"";
    HttpResponse<String> acknowledged = operator.post("/api/v1/alerts/acknowledge", fearId + "}");
    assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
    assertThat(acknowledged.body()).contains("\"status\":\"ACKNOWLEDGED\"");
    assertThat(operator.post("/api/v1/alerts/acknowledge", fearId + "}").statusCode()).as("again").isEqualTo(409);
    String operatorId = portal.query("SELECT id FROM users WHERE email = '" + OPERATOR + "'");
    assertThat(operator.post("/api/v1/alerts/assign", fearId + ",\"userId\":" + operatorId + "}").statusCode()).isEqualTo(200);
    assertThat(operator.post("/api/v1/alerts/resolve", fearId + ",\"comment\":\"crowd dispersed\"}").body())
        .contains("\"status\":\"RESOLVED\"");
    assertThat(admin.post("/api/v1/alerts/false-alarm", "{\"alertId\":\"" + anger.alertId() + "\",\"comment\":\"a game\"}").statusCode())
        .isEqualTo(200);

    assertThat(portal.query("SELECT status || ':' || acknowledged_by || ':' || resolved_by || ':' || assigned_to || ':' || handling_comment"
        + " FROM alerts WHERE alert_id = '" + fear.alertId() + "'"))
        .isEqualTo("RESOLVED:" + OPERATOR + ":" + OPERATOR + ":" + operatorId + ":crowd dispersed");
    assertThat(portal.query("SELECT status || ':' || false_alarm || ':' || handling_comment FROM alerts WHERE alert_id = '" + anger.alertId() + "'"))
        .isEqualTo("RESOLVED:true:a game");
    assertThat(portal.query("SELECT detail FROM audit_events WHERE action = 'alert.resolve'")).contains("crowd dispersed").contains("via API token");
  }

  @Test
  void reportsComeAsJsonCsvAndPdf() throws Exception {
    for (int i = 0; i < 3; i++) {
      portal.insertWindow(window("cam-1", NINE.plusSeconds(600L * i), 1, 0, 0, 3, 0, 0, 0));
    }
    String query = "?from=2026-11-02&to=2026-11-02&granularity=hour&camera=cam-1";
    HttpResponse<String> json = viewer.get("/api/v1/reports" + query);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(json.body()).contains("\"granularity\":\"hour\"").contains("\"total\":{")
        .contains("\"faces\":12").contains("\"counts\":[3,0,0,9,0,0,0]").contains("\"start\":\"2026-11-02T09:00:00Z\"");
    // the seeded group distress = fear + sadness: no such faces here
    assertThat(json.body()).contains("\"members\":[\"fear\",\"sadness\"]").contains("\"key\":\"distress\"");

    HttpResponse<String> csv = viewer.get("/api/v1/reports/csv" + query);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("bucket_start,faces,anger,").contains("2026-11-02T09:00:00Z,12,3,0.2500");

    HttpResponse<byte[]> pdf = viewer.download("/api/v1/reports/pdf" + query);
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("2026-11-02").contains("cam-1");
    }
    assertThat(portal.auditCount(VIEWER, "report.export")).isEqualTo(2);
  }

  @Test
  void anIssueReportedOverTheApiIsCheckedStoredAndItsStatusChangeEmailed() throws Exception {
    Map<String, String> fields = Map.of("title", "Gate camera blurred", "description", "Since the rain", "cameraId", "cam-1");
    List<PortalSession.FilePart> image = List.of(new PortalSession.FilePart("image1", "gate.png", "image/png", PortalAccessIT.png(16, 9)));
    HttpResponse<String> refused = viewerIssues.postMultipart("/api/v1/issues", fields,
        List.of(new PortalSession.FilePart("image1", "gate.png", "image/png", "<?php echo 1;".getBytes())));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("not a PNG, JPEG or GIF");
    assertThat(viewer.postMultipart("/api/v1/issues", fields, image).body()).contains("needs the issues scope");
    assertThat(portal.query("SELECT count(*) FROM issues")).isEqualTo("0");

    HttpResponse<String> created = viewerIssues.postMultipart("/api/v1/issues", fields, image);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"status\":\"OPEN\"").contains("\"width\":16");
    String id = portal.query("SELECT max(id) FROM issues");
    assertThat(viewerIssues.get("/api/v1/issues").body()).contains("Gate camera blurred");
    assertThat(admin.post("/api/v1/issues/" + id + "/status", "{\"status\":\"CLOSED\"}").body()).contains("Choose one of the statuses");
    assertThat(viewerIssues.post("/api/v1/issues/" + id + "/status", "{\"status\":\"RESOLVED\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> resolved = admin.post("/api/v1/issues/" + id + "/status", "{\"status\":\"RESOLVED\",\"comment\":\"lens cleaned\"}");
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    assertThat(portal.query("SELECT status FROM issues WHERE id = " + id)).isEqualTo("RESOLVED");
    PortalFixture.await("the status email", java.time.Duration.ofSeconds(10),
        () -> portal.mail().receivedMessages().stream().anyMatch(m -> subject(m).equals("Issue #" + id + " is now Resolved")));
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void scopesAndRolesRefuseWhatTheyMust() throws Exception {
    String before = snapshot();
    HttpResponse<String> readOnly = adminReadOnly.post("/api/v1/cameras", CAMERA);
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(readOnly.body()).contains("needs the write scope");
    assertThat(adminReadOnly.post("/api/v1/rules", RULE).body()).contains("needs the write scope");
    assertThat(adminReadOnly.delete("/api/v1/rules/any").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/api/v1/rules").statusCode()).as("an admin route").isEqualTo(403);
    assertThat(viewer.post("/api/v1/cameras", CAMERA).statusCode()).isEqualTo(403);
    assertThat(viewer.get("/api/v1/audit").statusCode()).isEqualTo(403);
    assertThat(viewer.post("/api/v1/alerts/acknowledge", "{\"alertId\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(operator.post("/api/v1/cameras", CAMERA).statusCode()).as("operators do not administer cameras").isEqualTo(403);
    assertThat(operator.post("/api/v1/rules", RULE).statusCode()).isEqualTo(403);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTokenOpensTheApiOnlyNeverThePagesOrTheirForms() throws Exception {
    String viewerId = portal.query("SELECT id FROM users WHERE email = '" + VIEWER + "'");
    // an admin's read-only token would otherwise disable users through the admin form
    for (ApiClient token : List.of(adminReadOnly, admin)) {
      for (String path : List.of("/admin/users/" + viewerId + "/disable", "/api/v1/../admin/users/" + viewerId + "/disable")) {
        assertThat(outcome(token.postForm(path, ""))).as(path).isEqualTo("401");
      }
      assertThat(token.get("/admin/users").statusCode()).isIn(401, 303);
      assertThat(token.get("/admin/audit/export.csv").statusCode()).isIn(401, 303);
      assertThat(token.get("/api/v1/cameras").statusCode()).isEqualTo(200);
    }
    assertThat(portal.query("SELECT enabled FROM users WHERE id = " + viewerId)).isEqualTo("t");
    assertThat(portal.query("SELECT count(*) FROM audit_events WHERE action = 'user.disable'")).isEqualTo("0");
  }

  /** The status, and where a redirect leads: tells a form's own redirect from one to the login page. */
  private static String outcome(HttpResponse<String> response) {
    return response.statusCode() + response.headers().firstValue("Location").map(l -> " to " + l).orElse("");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndStoresNothing() throws Exception {
    String before = snapshot();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("POST /api/v1/cameras " + CAMERA.replace("api-gate", "Bad Id"), "400 lower-case letters");
    bad.put("POST /api/v1/cameras " + CAMERA.replace("rtsp://10.0.0.5/stream1", "ftp://10.0.0.5/x"), "400 rtsp://");
    bad.put("POST /api/v1/cameras " + CAMERA.replace("\"zone\"", "\"latitude\":52.5,\"zone\""), "400 both latitude and longitude");
    bad.put("POST /api/v1/cameras " + CAMERA.replace("\"North\"", "{\"floor\":1}"), "400 location must be a string");
    bad.put("POST /api/v1/cameras " + CAMERA.replace("\"analysisFps\":2", "\"analysisFps\":99"), "400 analysis rate");
    bad.put("POST /api/v1/cameras {\"id\":", "400 ");
    bad.put("POST /api/v1/cameras " + CAMERA.replace("api-gate", "cam-1"), "409 exists already");
    bad.put("PUT /api/v1/cameras/no-such-cam " + CAMERA, "404 no camera with the id no-such-cam");
    bad.put("POST /api/v1/rules " + RULE.replace("\"fear\"", "\"rage\""), "400 'rage' is not one of");
    bad.put("POST /api/v1/rules " + RULE.replace("[1,2,3,4,5,6,7]", "[1,8]"), "400 weekday number");
    bad.put("POST /api/v1/rules " + RULE.replace("\"threshold\":50", "\"threshold\":150"), "400 above 0 and at most 100");
    bad.put("POST /api/v1/rules " + RULE.replace("\"UTC\"", "\"Mars/Olympus\""), "400 time zone");
    bad.put("PUT /api/v1/rules/no-such-rule " + RULE, "404 no rule with the id");
    bad.put("POST /api/v1/alerts/acknowledge {}", "400 name the alert");
    bad.put("POST /api/v1/alerts/resolve {\"alertId\":\"a/b/1\",\"comment\":\"" + "c".repeat(1001) + "\"}", "400 at most 1000 characters");
    bad.put("POST /api/v1/alerts/assign {\"alertId\":\"a/b/1\",\"userId\":424242}", "400 not an enabled operator or admin");
    bad.put("POST /api/v1/alerts/acknowledge {\"alertId\":\"no/such/1\"}", "404 no stored alert");
    bad.put("GET /api/v1/reports?granularity=week", "400 minute, hour or day");
    bad.put("GET /api/v1/reports/csv?from=yesterday", "400 start date must look like");
    bad.put("GET /api/v1/reports/pdf?from=2026-11-20&to=2026-11-10", "400 before the start date");
    for (Map.Entry<String, String> call : bad.entrySet()) {
      String[] request = call.getKey().split(" ", 3);
      HttpResponse<String> answer = request[0].equals("GET")
          ? admin.get(request[1])
          : admin.send(request[0], request[1], request[2]);
      String[] expected = call.getValue().split(" ", 2);
      assertThat(answer.statusCode()).as(call.getKey()).isEqualTo(Integer.parseInt(expected[0]));
      assertThat(answer.body()).as(call.getKey()).contains(expected[1]);
      assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(call.getKey()).startsWith("application/json");
    }
    assertThat(bad).hasSizeGreaterThanOrEqualTo(8);
    assertThat(snapshot()).as("nothing stored").isEqualTo(before);
  }

  /** Rows bad input could touch, as text. */
  private static String snapshot() throws SQLException {
    return portal.query("SELECT string_agg(id || ':' || name, ',' ORDER BY id) FROM cameras")
        + "|" + portal.query("SELECT string_agg(rule_id || ':' || version, ',' ORDER BY rule_id) FROM rules")
        + "|" + portal.query("SELECT string_agg(alert_id || ':' || status, ',' ORDER BY alert_id) FROM alerts");
  }
}
