package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.PreviewFace;
import io.emoticctv.contracts.PreviewRecord;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.alerts.AlertLinks;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium against a portal on the real broker, database and SMTP server: a visitor signs
 * up, recovers their password through the emailed link and changes their settings; an operator
 * handles an alert in the alarm console; an admin edits rules and the job's topic receives them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorBrowserIT {
  static final String CAMERA = "cam-hall";
  static final String VISITOR = "nia.viewer@emoticctv.test";
  static final String RENAMED = "nia@emoticctv.test";
  static final Pattern RESET_LINK = Pattern.compile("http://portal\\.example\\.test(/reset\\?token=[A-Za-z0-9_%-]+)");

  @RegisterExtension
  static final BrowserPortal browserPortal = new BrowserPortal("portal_operator");

  private static PortalFixture portal;
  private static BrowserSession session;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    portal = browserPortal.portal();
    portal.insertCamera(CAMERA, "Hall", "Ticket hall");
    session = browserPortal.openBrowser();
    browser = session.browser;
    wait = session.wait;
  }

  @Test
  @Order(1)
  void aVisitorSignsUpRecoversTheirPasswordAndSetsQuietHours() throws Exception {
    session.open("/login");
    session.screenshot("login.png");
    browser.findElement(By.id("sign-up")).click();
    wait.until(ExpectedConditions.urlMatches(".*/signup$"));
    session.type("email", VISITOR);
    session.type("displayName", "Nia Viewer");
    session.type("phone", "+1 555 0100");
    session.type("password", "first password");
    session.type("confirm", "first passwort");
    browser.findElement(By.id("signup-submit")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-password"))).getText())
        .contains("differ");
    session.type("password", "first password");
    session.type("confirm", "first password");
    session.screenshot("signup.png");
    browser.findElement(By.id("signup-submit")).click();
    wait.until(ExpectedConditions.urlContains("/login?signedUp=true"));
    assertThat(browser.findElement(By.id("login-notice")).getText()).contains("account is created");

    browser.findElement(By.id("forgot-password")).click();
    wait.until(ExpectedConditions.urlMatches(".*/recover$"));
    session.type("email", VISITOR.toUpperCase());
    browser.findElement(By.id("recover-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recover-sent")));
    session.screenshot("recover.png");

    String link = resetLinkEmailedTo(VISITOR, 1);
    session.open(link);
    session.type("password", "second password");
    session.type("confirm", "second password");
    session.screenshot("reset.png");
    browser.findElement(By.id("reset-submit")).click();
    wait.until(ExpectedConditions.urlContains("/login?reset=true"));
    try (Connection c = portal.db();
        ResultSet rs = c.createStatement().executeQuery("SELECT token_sha256, used_at FROM password_resets")) {
      assertThat(rs.next()).isTrue();
      assertThat(link).doesNotContain(rs.getString("token_sha256"));
      assertThat(rs.getTimestamp("used_at")).as("the link is used up").isNotNull();
    }

    session.open(link);
    assertThat(browser.getPageSource()).contains("no longer works");

    // a second link, unused but past its validity, works no more than a used one
    session.open("/recover");
    session.type("email", VISITOR);
    browser.findElement(By.id("recover-submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recover-sent")));
    String expired = resetLinkEmailedTo(VISITOR, 2);
    portal.execute("UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL");
    session.open(expired);
    assertThat(browser.getPageSource()).contains("no longer works");
    assertThat(browser.findElements(By.id("reset-submit"))).isEmpty();
    session.screenshot("reset-link-dead.png");

    session.logIn(VISITOR, "first password");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    session.logIn(VISITOR, "second password");
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
    assertThat(browser.findElement(By.cssSelector(".account .role")).getText()).isEqualTo("VIEWER");
    assertThat(browser.findElements(By.id("nav-rules"))).as("viewers do not edit rules").isEmpty();

    browser.findElement(By.id("nav-profile")).click();
    wait.until(ExpectedConditions.urlMatches(".*/profile$"));
    browser.findElement(By.id("alertEmails")).click();
    new Select(browser.findElement(By.id("alertMinSeverity"))).selectByValue("HIGH");
    browser.findElement(By.id("outageEmails")).click();
    setTime("quietFrom", "22:00");
    setTime("quietUntil", "06:30");
    browser.findElement(By.id("profile-save")).click();
    wait.until(ExpectedConditions.urlContains("/profile?saved=profile"));
    session.screenshot("profile.png");
    try (Connection c = portal.db();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT role, phone, alert_emails, alert_min_severity, outage_emails, quiet_from_minute, quiet_until_minute"
                        + " FROM users WHERE email = '"
                        + VISITOR + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("role")).isEqualTo("VIEWER");
      assertThat(rs.getString("phone")).isEqualTo("+1 555 0100");
      assertThat(rs.getBoolean("alert_emails")).isTrue();
      assertThat(rs.getString("alert_min_severity")).isEqualTo("HIGH");
      assertThat(rs.getBoolean("outage_emails")).isTrue();
      assertThat(rs.getInt("quiet_from_minute")).isEqualTo(22 * 60);
      assertThat(rs.getInt("quiet_until_minute")).isEqualTo(6 * 60 + 30);
    }

    session.open("/alarms");
    assertThat(browser.findElements(By.xpath("//th[text()='Actions']"))).as("viewers only watch").isEmpty();

    session.open("/profile");
    changePassword("not my password", "third password");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-password"))).getText())
        .contains("current password is wrong");
    changePassword("second password", "third password");
    wait.until(ExpectedConditions.urlContains("/profile?saved=password"));
    session.type("email", RENAMED);
    browser.findElement(By.id("profile-save")).click();
    wait.until(ExpectedConditions.urlContains("/login?emailChanged=true"));
    assertThat(browser.findElement(By.id("login-notice")).getText()).contains("Log in with the new one");
    session.logIn(VISITOR, "third password");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    session.logIn(RENAMED, "third password");
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/login?logout=true"));
  }

  private static void changePassword(String current, String next) {
    session.type("current", current);
    session.type("password", next);
    session.type("confirm", next);
    browser.findElement(By.id("password-save")).click();
  }

  @Test
  @Order(2)
  void anOperatorHearsANewAlertAcknowledgesAndResolvesItAsAFalseAlarm() throws Exception {
    session.logIn(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
    browser.findElement(By.id("nav-alarms")).click();
    session.waitUntilLive();
    assertThat(browser.findElement(By.id("no-alarms")).isDisplayed()).isTrue();

    Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(40);
    AlertRecord alert =
        TestAlerts.opened(CAMERA, Emotion.FEAR, Severity.HIGH, first.toEpochMilli(),
            first.plusSeconds(30).toEpochMilli(), 0.7, 3, "hall-fear", "fer-cnn-test");
    portal.insertAlert(alert);
    portal.execute("UPDATE alerts SET rule_id = 'hall-fear'");
    portal.produce(portal.alertsTopic, CAMERA, RecordCodec.ALERTS.encode(alert));

    By row = By.cssSelector("#alarm-list tr[data-alert-id='" + alert.alertId() + "']");
    WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(shown.getText()).contains("HIGH").contains("Hall").contains("Ticket hall").contains("Fear").contains("70%").contains("30 s");
    assertThat(shown.findElement(By.className("f-group")).getText()).as("fear's abnormal group").isEqualTo("Distress");
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-last-sound")).isEqualTo("HIGH");
    WebElement audio = browser.findElement(By.id("sound-HIGH"));
    assertThat(audio.getAttribute("src")).endsWith("/alarms/sounds/HIGH");
    Object playable =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const a = document.getElementById('sound-HIGH');"
                    + "if (a.readyState >= 2) { done(a.duration); } else { a.addEventListener('canplay', () => done(a.duration)); a.load(); }");
    assertThat(((Number) playable).doubleValue()).as("the built-in tone decodes").isGreaterThan(0.3);
    session.screenshot("alarm-console.png");

    browser.findElement(row).findElement(By.className("ack-button")).click();
    wait.until(ExpectedConditions.urlContains("/alarms?done=acknowledged"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(row)).getText()).contains("ACKNOWLEDGED");

    new Select(browser.findElement(row).findElement(By.className("assign-select"))).selectByVisibleText("Administrator");
    browser.findElement(row).findElement(By.className("assign-button")).click();
    wait.until(ExpectedConditions.urlContains("/alarms?done=assigned"));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(row)).getText()).contains("Administrator");

    browser.findElement(row).findElement(By.className("comment")).sendKeys("Staff drill");
    browser.findElement(row).findElement(By.cssSelector(".false-alarm input")).click();
    browser.findElement(row).findElement(By.className("resolve-button")).click();
    wait.until(ExpectedConditions.urlContains("/alarms?done=false-alarm"));
    assertThat(browser.findElements(row)).as("resolved alerts leave the console").isEmpty();
    assertThat(browser.findElement(By.cssSelector("#false-alarms tr[data-rule-id='hall-fear']")).getText())
        .contains("1").contains("100%");
    session.screenshot("alarm-console-resolved.png");
    try (Connection c = portal.db();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT status, false_alarm, handling_comment, acknowledged_by, resolved_by, assigned_to FROM alerts")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("status")).isEqualTo("RESOLVED");
      assertThat(rs.getBoolean("false_alarm")).isTrue();
      assertThat(rs.getString("handling_comment")).isEqualTo("Staff drill");
      assertThat(rs.getString("acknowledged_by")).isEqualTo(PortalFixture.ADMIN_EMAIL);
      assertThat(rs.getString("resolved_by")).isEqualTo(PortalFixture.ADMIN_EMAIL);
      assertThat(rs.getLong("assigned_to")).isPositive();
    }
    String admin = PortalFixture.ADMIN_EMAIL;
    assertThat(List.of(portal.auditCount(admin, "alert.acknowledge"), portal.auditCount(admin, "alert.assign"),
        portal.auditCount(admin, "alert.false-alarm"))).containsExactly(1, 1, 1);

    // the alert's page, where its emails link to, keeps how it was handled
    session.open(AlertLinks.path(alert.alertId()));
    assertThat(browser.findElement(By.id("alert-status")).getText()).isEqualTo("RESOLVED");
    assertThat(browser.findElement(By.id("handling")).getText())
        .contains("Administrator")
        .contains(PortalFixture.ADMIN_EMAIL + ", as a false alarm")
        .contains("Staff drill");
    session.screenshot("alert.png");

    // an assignee who has since been disabled is still named there
    String former = "former.operator@emoticctv.test";
    portal.insertUser(former, "OPERATOR", false);
    portal.execute("UPDATE users SET enabled = false WHERE email = '" + former + "'");
    portal.execute("UPDATE alerts SET assigned_to = (SELECT id FROM users WHERE email = '" + former + "')"
        + " WHERE alert_id = '" + alert.alertId() + "'");
    session.open(AlertLinks.path(alert.alertId()));
    assertThat(browser.findElement(By.cssSelector("#handling .h-assignee")).getText()).isEqualTo(former + " (disabled)");
  }

  @Test
  @Order(3)
  void anAdminUploadsAnAlarmSoundCheckedByItsContent() throws Exception {
    session.open("/alarms");
    browser.findElement(By.cssSelector(".test-sound[data-sound='LOW']")).click();
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-last-sound")).isEqualTo("LOW");
    wait.until(d -> (Boolean) session.script(
        "const a = document.getElementById('sound-LOW'); return !a.paused || a.currentTime > 0;"));
    Path notSound = Files.createTempFile("alarm", ".wav");
    Files.writeString(notSound, "<html>not a sound</html>");
    upload("CRITICAL", notSound);
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sound-problem"))).getText())
        .contains("not a WAV, MP3 or Ogg");

    Path ogg = Files.createTempFile("alarm", ".ogg");
    byte[] oggBytes = new byte[64];
    System.arraycopy("OggS".getBytes(), 0, oggBytes, 0, 4);
    Files.write(ogg, oggBytes);
    upload("CRITICAL", ogg);
    wait.until(ExpectedConditions.urlContains("/alarms?done=sound"));
    assertThat(browser.findElement(By.cssSelector("#sounds tr[data-sound='CRITICAL']")).getText())
        .contains("uploaded sound");
    try (Connection c = portal.db();
        ResultSet rs = c.createStatement().executeQuery("SELECT content_type, length(data) FROM alarm_sounds")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("audio/ogg");
      assertThat(rs.getInt(2)).isEqualTo(64);
    }
  }

  @Test
  @Order(4)
  void anAdminsRulesReachTheJobsTopicWithEverySave() throws Exception {
    RuleRecord seeded = rulesOnTopic("default-negative").get(0);
    assertThat(seeded.emotions()).containsExactly(Emotion.ANGER, Emotion.DISGUST, Emotion.FEAR);
    assertThat(seeded.threshold()).isEqualTo(0.5);
    assertThat(seeded.minFaces()).isEqualTo(3);
    assertThat(seeded.windows()).isEqualTo(3);

    browser.findElement(By.id("nav-rules")).click();
    wait.until(ExpectedConditions.urlMatches(".*/rules$"));
    assertThat(browser.findElement(By.cssSelector("#rule-list tr[data-rule-id='default-negative']")).getText())
        .contains("Anger + Disgust + Fear ≥ 50% of ≥ 3 faces, 3 windows");
    browser.findElement(By.id("add-rule")).click();
    wait.until(ExpectedConditions.urlMatches(".*/rules/new$"));
    session.type("ruleId", "hall-fear");
    session.type("name", "Fear in the hall");
    new Select(browser.findElement(By.id("cameraId"))).selectByValue(CAMERA);
    browser.findElement(By.id("emotion-fear")).click();
    session.type("threshold", "40");
    session.type("windows", "4");
    new Select(browser.findElement(By.id("severity"))).selectByValue("HIGH");
    browser.findElement(By.id("day-7")).click();
    session.screenshot("rule-form.png");
    browser.findElement(By.id("rule-save")).click();
    wait.until(ExpectedConditions.urlContains("/rules?saved=hall-fear"));
    session.screenshot("rules.png");

    RuleRecord saved = rulesOnTopic("hall-fear").get(0);
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.cameraId()).isEqualTo(CAMERA);
    assertThat(saved.emotions()).containsExactly(Emotion.FEAR);
    assertThat(saved.threshold()).isEqualTo(0.4);
    assertThat(saved.windows()).isEqualTo(4);
    assertThat(saved.severity()).isEqualTo(Severity.HIGH);
    assertThat(saved.schedule().days()).hasSize(6);

    browser.findElement(By.cssSelector("a.edit-rule[data-rule-id='hall-fear']")).click();
    wait.until(ExpectedConditions.urlContains("/rules/hall-fear/edit"));
    session.type("threshold", "45");
    browser.findElement(By.id("rule-save")).click();
    wait.until(ExpectedConditions.urlContains("/rules?saved=hall-fear"));
    List<RuleRecord> versions = rulesOnTopic("hall-fear");
    assertThat(versions).extracting(RuleRecord::version).containsExactly(1, 2);
    assertThat(versions.get(1).threshold()).isEqualTo(0.45);

    browser.findElement(By.cssSelector("a.edit-rule[data-rule-id='hall-fear']")).click();
    wait.until(ExpectedConditions.urlContains("/rules/hall-fear/edit"));
    browser.findElement(By.id("rule-delete")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.urlContains("/rules?deleted=hall-fear"));
    List<ConsumerRecord<String, byte[]>> records = portal.topicRecords(portal.rulesTopic, "hall-fear");
    assertThat(records).hasSize(3);
    assertThat(records.get(2).value()).as("a tombstone").isNull();
    String admin = PortalFixture.ADMIN_EMAIL;
    assertThat(List.of(portal.auditCount(admin, "rule.create"), portal.auditCount(admin, "rule.update"),
        portal.auditCount(admin, "rule.delete"))).containsExactly(1, 1, 1);
  }

  @Test
  @Order(5)
  void testConnectionShowsWhatAnIngestAgentFoundThroughTheBroker() throws Exception {
    try (ProbeResponder agent = new ProbeResponder(portal)) {
      session.open("/cameras/new");
      session.type("sourceUrl", "rtsp://10.0.0.7:554/hall");
      browser.findElement(By.id("test-connection")).click();
      WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("probe-result")));
      assertThat(result.getAttribute("data-ok")).isEqualTo("true");
      assertThat(browser.findElement(By.id("probe-details")).getText()).isEqualTo("1280×720 · h264 · 25.0 fps");
      assertThat(browser.findElement(By.id("probe-message")).getText()).contains("Read a frame");
      WebElement snapshot = browser.findElement(By.id("probe-snapshot"));
      wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", snapshot)).intValue() == 64);
      session.screenshot("camera-test-connection.png");
      assertThat(agent.urlsAsked()).containsExactly("rtsp://10.0.0.7:554/hall");

      session.type("sourceUrl", "rtsp://10.0.0.8:554/refused");
      browser.findElement(By.id("test-connection")).click();
      wait.until(ExpectedConditions.attributeToBe(By.id("probe-result"), "data-ok", "false"));
      assertThat(browser.findElement(By.id("probe-message")).getText())
          .isEqualTo("Failed (REFUSED): Connection refused by 10.0.0.8:554");
      assertThat(browser.findElement(By.id("probe-snapshot")).isDisplayed()).isFalse();

      session.type("sourceUrl", "10.0.0.9");
      browser.findElement(By.id("test-connection")).click();
      wait.until(ExpectedConditions.attributeToBe(By.id("probe-result"), "data-ok", "true"));
      assertThat(agent.urlsAsked()).as("an IP address stands for its RTSP stream")
          .containsExactly("rtsp://10.0.0.7:554/hall", "rtsp://10.0.0.8:554/refused", "rtsp://10.0.0.9/");
    }
    browser.findElement(By.id("test-connection")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("probe-message"), "No ingest agent answered within 5 s"));
  }

  @Test
  @Order(6)
  void theMapShowsEachPlacedCameraWithItsHealth() throws Exception {
    portal.insertCamera("cam-pier", "Pier", "Harbour");
    portal.insertCamera("cam-quay", "Quay", "Harbour");
    portal.execute("UPDATE cameras SET latitude = 53.54, longitude = 9.98 WHERE id = 'cam-pier'");
    portal.execute("UPDATE cameras SET latitude = 53.55, longitude = 9.99 WHERE id = 'cam-quay'");
    long now = System.currentTimeMillis();
    portal.produce(portal.statusTopic, "cam-pier", RecordCodec.CAMERA_STATUS.encode(
        new CameraStatus(CameraStatus.SCHEMA_VERSION, "cam-pier", now, CameraState.ONLINE, 25, 5, 1, 0, 0, Map.of(), now - 100, null)));
    portal.awaitQuery("the pier's status", Duration.ofSeconds(20), "SELECT count(*) FROM camera_status WHERE camera_id = 'cam-pier'", "1");

    browser.findElement(By.id("nav-map")).click();
    wait.until(ExpectedConditions.urlMatches(".*/cameras/map$"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.camera-marker"), 2));
    assertThat(browser.findElements(By.cssSelector("path.state-marker-online"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("path.state-marker-no-status"))).hasSize(1);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not on the map").contains("Hall");
    session.screenshot("camera-map-placed.png");
  }

  @Test
  @Order(7)
  void theLiveWallLabelsEachFaceOfTheNewestPreview() throws Exception {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
    portal.insertWindow(PortalFixture.window(CAMERA, start, 0, 0, 1, 3, 4, 0, 0));
    browser.findElement(By.id("nav-live")).click();
    wait.until(ExpectedConditions.urlMatches(".*/live$"));
    session.waitUntilLive();
    assertThat(portal.auditCount(PortalFixture.ADMIN_EMAIL, "live.view")).isPositive();
    String tile = ".tile[data-camera-id='" + CAMERA + "'] ";
    assertThat(browser.findElement(By.cssSelector(tile + ".share-happiness")).getText()).isEqualTo("Happiness 38%");

    long now = System.currentTimeMillis();
    portal.produce(portal.trackEmotionsTopic, CAMERA, RecordCodec.TRACK_EMOTIONS.encode(
        new TrackEmotionRecord(TrackEmotionRecord.SCHEMA_VERSION, CAMERA, 7, now, new Box(100, 100, 80, 80),
            new float[7], Emotion.HAPPINESS, 0.87f)));
    portal.produce(portal.trackEmotionsTopic, CAMERA, RecordCodec.TRACK_EMOTIONS.encode(
        new TrackEmotionRecord(TrackEmotionRecord.SCHEMA_VERSION, CAMERA, 8, now, new Box(300, 100, 80, 80),
            new float[7], Emotion.ANGER, 0.3f)));
    portal.produce(portal.previewsTopic, CAMERA, RecordCodec.PREVIEWS.encode(
        new PreviewRecord(PreviewRecord.SCHEMA_VERSION, CAMERA, now, 64, 36, ProbeResponder.snapshot(),
            List.of(new PreviewFace(7L, new Box(8, 8, 12, 12)), new PreviewFace(8L, new Box(40, 8, 12, 12))), true)));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(tile + ".face-box"), 2));
    // the faces' emotions may arrive after the preview; they relabel its boxes
    session.waitForText(By.cssSelector(tile + ".face-box[data-track-id='7']"), "Happiness 87%");
    session.waitForText(By.cssSelector(tile + ".face-box[data-track-id='8']"), "uncertain");

    portal.produce(portal.windowsTopic, CAMERA, RecordCodec.EMOTION_WINDOWS.encode(
        PortalFixture.window(CAMERA, start.plusSeconds(10), 4, 0, 0, 0, 0, 0, 0)));
    wait.until(ExpectedConditions.textToBe(By.cssSelector(tile + ".share-anger"), "Anger 100%"));
    long points = (Long) ((JavascriptExecutor) browser).executeScript(
        "return Chart.getChart(document.querySelector(\"" + tile + "canvas.trend\")).data.datasets[0].data.length;");
    assertThat(points).isEqualTo(2);

    By badge = By.cssSelector(tile + ".tile-state");
    assertThat(browser.findElement(badge).getText()).isEqualToIgnoringCase("no status yet"); // shown in capitals
    long reported = System.currentTimeMillis();
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(new CameraStatus(
        CameraStatus.SCHEMA_VERSION, CAMERA, reported, CameraState.OFFLINE, 0, 0, 0, 0, 0, Map.of(), reported - 60_000, "Connection refused")));
    session.waitForText(badge, "OFFLINE");
    assertThat(browser.findElement(badge).getAttribute("class")).contains("state-offline");
    session.screenshot("live-wall.png");
  }

  private static List<RuleRecord> rulesOnTopic(String ruleId) {
    return portal.topicRecords(portal.rulesTopic, ruleId).stream()
        .filter(r -> r.value() != null)
        .map(r -> {
          try {
            return RecordCodec.RULES.decode(r.value());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        })
        .toList();
  }

  private static void upload(String sound, Path file) {
    WebElement form =
        browser.findElement(By.cssSelector("#sounds tr[data-sound='" + sound + "'] form[enctype]"));
    form.findElement(By.name("sound")).sendKeys(file.toAbsolutePath().toString());
    form.findElement(By.tagName("button")).click();
  }

  /** Time inputs take keys per segment; setting the value is what a picker does. */
  private static void setTime(String id, String value) {
    session.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  /** The link of the {@code nth} email the portal sent, a recovery email to {@code email}. */
  private static String resetLinkEmailedTo(String email, int nth) throws Exception {
    PortalFixture.await(
        "the recovery email",
        Duration.ofSeconds(20),
        () -> portal.mail().receivedMessages().size() >= nth);
    MimeMessage message = portal.mail().receivedMessages().get(nth - 1);
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
    assertThat(message.getSubject()).isEqualTo("[EmotiCCTV] Reset your password");
    String text = AlertEmailIT.part(message, "text/plain");
    Matcher link = RESET_LINK.matcher(text);
    assertThat(link.find()).as("a link in " + text).isTrue();
    return link.group(1);
  }
}
