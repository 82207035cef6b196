package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against real local HTTP endpoints: an alert on the real Kafka alerts topic is
 * delivered once per episode, signed with each webhook's secret, as generic JSON and as a Slack
 * message; an endpoint that fails first is retried and the log row counts the attempts; camera
 * outages go out like outage emails; a refusing deployment purpose sends nothing; a delivery left
 * in the table (as by a stopped portal) goes out; a failed delivery can be retried by hand.
 */
class WebhookDeliveryIT {
  static final String CAMERA = "cam-gate";
  static final String GENERIC_SECRET = "generic secret 0123456789";
  static final String SLACK_SECRET = "slack secret 0123456789";
  static final String FLAKY_SECRET = "flaky secret 0123456789";
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  /** A request an endpoint received. */
  record Received(String event, String timestamp, String signature, String body) {}

  private static PortalFixture portal;
  private static PortalSession admin;
  private static HttpServer receiver;
  private static final List<Received> generic = new CopyOnWriteArrayList<>();
  private static final List<Received> slack = new CopyOnWriteArrayList<>();
  private static final List<Received> flaky = new CopyOnWriteArrayList<>();
  private static final AtomicInteger slackCalls = new AtomicInteger();
  private static final AtomicBoolean flakyRecovered = new AtomicBoolean();
  private static long genericId;
  private static long slackId;
  private static long flakyId;

  @BeforeAll
  static void start() throws Exception {
    portal =
        PortalFixture.start(
            "portal_webhooks",
            Map.of(
                "emoticctv.webhooks.backoff", "1s,1s,1s",
                "emoticctv.webhooks.check-every", "200ms",
                "emoticctv.camera-health.alert-after", "5s"));
    portal.insertCamera(CAMERA, "Gate 3", "North car park");
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/generic", ex -> answer(ex, generic, 204));
    receiver.createContext("/slack", ex -> answer(ex, slack, slackCalls.incrementAndGet() == 1 ? 500 : 200));
    receiver.createContext("/flaky", ex -> answer(ex, flaky, flakyRecovered.get() ? 200 : 503));
    receiver.start();
    admin = portal.loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    genericId = addWebhook("Ops JSON", "/generic", "GENERIC", GENERIC_SECRET, true, true);
    slackId = addWebhook("Ops Slack", "/slack", "SLACK", SLACK_SECRET, true, false);
    flakyId = addWebhook("Flaky", "/flaky", "GENERIC", FLAKY_SECRET, false, true);
  }

  @AfterAll
  static void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void anOpenedAlertIsDeliveredSignedOncePerEpisodeAndRetriedUntilTaken() throws Exception {
    AlertRecord alert = alert(T0);
    produce(alert);
    PortalFixture.await("both webhooks to take the alert", Duration.ofSeconds(20), () -> received(generic, "alert.opened").size() == 1 && slack.size() == 2);

    Received json = received(generic, "alert.opened").get(0);
    assertThat(json.event()).isEqualTo("alert.opened");
    assertThat(json.signature()).isEqualTo(expectedSignature(GENERIC_SECRET, json.timestamp(), json.body()));
    assertThat(Long.parseLong(json.timestamp())).isBetween(Instant.now().getEpochSecond() - 30, Instant.now().getEpochSecond());
    Map<?, ?> body = parse(json.body());
    assertThat(body.get("event")).isEqualTo("alert.opened");
    assertThat(body.get("key")).isEqualTo(alert.alertId());
    assertThat(body.get("title")).isEqualTo("HIGH: sustained anger at Gate 3 (North car park)");
    Map<?, ?> data = (Map<?, ?>) body.get("data");
    assertThat(data.get("camera")).isEqualTo("Gate 3");
    assertThat(data.get("emotion")).isEqualTo("Anger");
    assertThat(data.get("peak")).isEqualTo("64%");
    assertThat(data.get("link")).isEqualTo("http://portal.example.test/alerts/view?id=" + alert.alertId().replace("/", "%2F"));

    for (Received s : slack) {
      assertThat(s.signature()).isEqualTo(expectedSignature(SLACK_SECRET, s.timestamp(), s.body()));
      Map<?, ?> message = parse(s.body());
      assertThat(message.keySet().stream().map(Object::toString).toList()).containsExactly("text", "blocks");
      assertThat((String) message.get("text")).startsWith("HIGH: sustained anger at Gate 3 (North car park) http://portal.example.test/alerts/view?id=");
      Map<?, ?> block = (Map<?, ?>) ((List<?>) message.get("blocks")).get(0);
      assertThat(block.get("type")).isEqualTo("section");
      assertThat((String) ((Map<?, ?>) block.get("text")).get("text"))
          .startsWith("*HIGH: sustained anger at Gate 3 (North car park)*\n<http://portal.example.test/alerts/view?id=")
          .endsWith("|Open in EmotiCCTV>");
    }
    assertThat(slack.get(0).body()).as("a retry sends the same body").isEqualTo(slack.get(1).body());
    portal.awaitQuery("the retry recorded", Duration.ofSeconds(5),
        "SELECT status FROM webhook_deliveries WHERE webhook_id = " + slackId + " AND event_key = '" + alert.alertId() + "'", "DELIVERED");
    assertThat(delivery(slackId, alert.alertId())).isEqualTo("DELIVERED, 2 attempts, HTTP 200, no error");
    assertThat(delivery(genericId, alert.alertId())).startsWith("DELIVERED, 1 attempts, HTTP 204,");
    assertThat(portal.query("SELECT count(*) FROM webhook_deliveries WHERE event = 'alert.opened' AND webhook_id = " + flakyId))
        .as("it wants camera outages only").isEqualTo("0");

    String log = admin.get("/admin/webhooks/" + slackId + "/deliveries").body();
    assertThat(log).contains("alert.opened").contains("HIGH: sustained anger at Gate 3").contains("DELIVERED")
        .contains("class=\"delivery-attempts\">2<").contains("class=\"delivery-code\">200<");
    assertThat(log).doesNotContain(SLACK_SECRET);

    // the same episode again, and its UPDATED record: nobody hears of it twice
    produce(alert);
    produce(new AlertRecord(alert.v(), alert.alertId(), AlertPhase.UPDATED, alert.cameraId(), alert.zone(), alert.emotion(),
        alert.severity(), alert.firstWindowStart(), alert.openedAt(), alert.updatedAt() + 10_000, 0, 0.7, 0.7, 4, alert.cameras(),
        alert.ruleId(), alert.ruleVersion(), alert.rule(), alert.ruleKind(), alert.model(), alert.modelSha256()));
    portal.awaitHandled("alerts", portal.alertsTopic);
    Thread.sleep(500);
    assertThat(received(generic, "alert.opened")).hasSize(1);
    assertThat(slack).hasSize(2);
  }

  @Test
  void aSiteWhosePurposeForbidsEmotionAlertsSendsNone() throws Exception {
    portal.execute("UPDATE site_settings SET deployment_purpose = 'WORKPLACE'");
    try {
      AlertRecord alert = alert(T0.plusSeconds(3600));
      produce(alert);
      portal.awaitHandled("alerts", portal.alertsTopic);
      assertThat(portal.query("SELECT count(*) FROM webhook_deliveries WHERE event_key = '" + alert.alertId() + "'")).isEqualTo("0");
    } finally {
      portal.execute("UPDATE site_settings SET deployment_purpose = 'UNDECLARED'");
    }
  }

  @Test
  void aCameraOutageIsDeliveredOnceToTheWebhooksThatWantIt() throws Exception {
    long now = System.currentTimeMillis();
    CameraStatus frozen =
        new CameraStatus(CameraStatus.SCHEMA_VERSION, CAMERA, now, CameraState.ONLINE, 25, 5, 1, 0, 0, Map.of(), now - 60_000, null);
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(frozen));
    PortalFixture.await("the outage delivery", Duration.ofSeconds(20), () -> !received(generic, "camera.outage").isEmpty());
    Thread.sleep(2500); // a few more checks of the same outage
    List<Received> outages = received(generic, "camera.outage");
    assertThat(outages).hasSize(1);
    Map<?, ?> body = parse(outages.get(0).body());
    assertThat(body.get("title")).isEqualTo("Camera Gate 3 is frozen");
    assertThat(((Map<?, ?>) body.get("data")).get("cameraId")).isEqualTo(CAMERA);
    assertThat(body.get("link")).isEqualTo("http://portal.example.test/cameras/" + CAMERA);
    assertThat(slack.stream().filter(r -> r.body().contains("is frozen"))).as("the Slack webhook wants alerts only").isEmpty();
  }

  @Test
  void aDeliveryLeftInTheTableGoesOutAndAFailedOneCanBeRetriedByHand() throws Exception {
    // as a portal stopped before the first attempt leaves it
    portal.execute("INSERT INTO webhook_deliveries (webhook_id, event, event_key, summary, payload, status, created_at, next_attempt_at)"
        + " VALUES (" + genericId + ", 'test', 'left-over', 'left over', '{\"event\":\"test\",\"key\":\"left-over\"}', 'PENDING', now(), now())");
    PortalFixture.await("the left-over delivery", Duration.ofSeconds(10), () -> generic.stream().anyMatch(r -> r.body().contains("left-over")));

    HttpResponse<String> test = admin.post("/admin/webhooks/" + flakyId + "/test", "");
    assertThat(test.headers().firstValue("Location")).hasValue("/admin/webhooks/" + flakyId + "/deliveries");
    portal.awaitQuery("the retries to be used up", Duration.ofSeconds(15),
        "SELECT count(*) FROM webhook_deliveries WHERE webhook_id = " + flakyId + " AND event = 'test' AND status = 'FAILED'", "1");
    assertThat(received(flaky, "test")).hasSize(4);
    String id = portal.query("SELECT id FROM webhook_deliveries WHERE webhook_id = " + flakyId + " AND event = 'test'");
    String log = admin.get("/admin/webhooks/" + flakyId + "/deliveries").body();
    assertThat(log).contains("Test delivery from EmotiCCTV to Flaky").contains("FAILED").contains("HTTP 503").contains("class=\"delivery-attempts\">4<").contains("Retry now");

    flakyRecovered.set(true);
    HttpResponse<String> retried = admin.post("/admin/webhooks/" + flakyId + "/deliveries/" + id + "/retry", "");
    assertThat(retried.statusCode()).isEqualTo(303);
    assertThat(portal.query("SELECT attempts FROM webhook_deliveries WHERE id = " + id)).isEqualTo("5");
    assertThat(portal.query("SELECT count(*) FROM webhook_deliveries WHERE id = " + id + " AND status = 'DELIVERED'")).isEqualTo("1");
    assertThat(flaky.get(flaky.size() - 1).signature())
        .isEqualTo(expectedSignature(FLAKY_SECRET, flaky.get(flaky.size() - 1).timestamp(), flaky.get(flaky.size() - 1).body()));
    assertThat(admin.post("/admin/webhooks/" + flakyId + "/deliveries/" + id + "/retry", "").statusCode())
        .as("a delivered one is not sent again").isEqualTo(404);
    assertThat(portal.auditCount(ADMIN_EMAIL, "webhook.retry")).isEqualTo(1);
  }

  static long addWebhook(String name, String path, String format, String secret, boolean alerts, boolean outages) throws SQLException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + path);
    form.put("format", format);
    form.put("secret", secret);
    if (alerts) {
      form.put("emotionAlerts", "true");
    }
    if (outages) {
      form.put("cameraOutages", "true");
    }
    form.put("enabled", "true");
    HttpResponse<String> created = admin.post("/admin/webhooks", PortalSession.form(form));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    return Long.parseLong(portal.query("SELECT id FROM webhooks WHERE name = '" + name + "'"));
  }

  static List<Received> received(List<Received> requests, String event) {
    return requests.stream().filter(r -> r.event().equals(event)).toList();
  }

  private static void answer(HttpExchange exchange, List<Received> into, int status) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    var headers = exchange.getRequestHeaders();
    into.add(new Received(headers.getFirst("X-EmotiCCTV-Event"), headers.getFirst("X-EmotiCCTV-Timestamp"),
        headers.getFirst("X-EmotiCCTV-Signature"), body));
    byte[] answer = (status / 100 == 2 ? "ok" : "endpoint down").getBytes(StandardCharsets.UTF_8);
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    }
    exchange.close();
  }

  /** What a receiver computes: HMAC-SHA256 of {@code <timestamp>.<body>} with the shared secret. */
  static String expectedSignature(String secret, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }

  static AlertRecord alert(Instant firstWindowStart) {
    return TestAlerts.opened(CAMERA, Emotion.ANGER, Severity.HIGH, firstWindowStart.toEpochMilli(),
        firstWindowStart.plusSeconds(30).toEpochMilli(), 0.64, 3, "sustained-anger", "fer-cnn-test");
  }

  static void produce(AlertRecord alert) {
    portal.produce(portal.alertsTopic, alert.cameraId(), RecordCodec.ALERTS.encode(alert));
  }

  static Map<?, ?> parse(String json) throws IOException {
    return portal.bean(JsonMapper.class).readValue(json, Map.class);
  }

  /** {@code DELIVERED, 2 attempts, HTTP 200, no error}: the delivery's row as one line. */
  static String delivery(long webhookId, String eventKey) throws SQLException {
    return portal.query("SELECT status || ', ' || attempts || ' attempts, '"
        + " || coalesce('HTTP ' || last_response_code, 'no response') || ', ' || coalesce(last_error, 'no error')"
        + " FROM webhook_deliveries WHERE webhook_id = " + webhookId + " AND event_key = '" + eventKey + "'");
  }
}
