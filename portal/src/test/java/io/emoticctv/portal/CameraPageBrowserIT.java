package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.PreviewFace;
import io.emoticctv.contracts.PreviewRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.portal.alarms.ToneWav;
import io.emoticctv.portal.alerts.AlertLinks;
import io.emoticctv.portal.cameras.Camera;
import io.emoticctv.portal.cameras.CameraAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real Chromium on a portal on the real broker and database: a camera's page follows its windows,
 * previews, alerts and health as they arrive on the topics; the map recolours a camera that goes
 * offline, or whose stream falls short of an analysis rate an admin just raised; the alarm console
 * shows an alert's emotion as its category, plays the category's uploaded sound, follows the
 * health of the alert's camera and sounds an outage that outlasts its grace period.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CameraPageBrowserIT {
  static final String CAMERA = "cam-dock";
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @RegisterExtension
  static final BrowserPortal browserPortal = new BrowserPortal("portal_camera_page");

  private static PortalFixture portal;
  private static BrowserSession session;
  private static AlertRecord stored;

  @BeforeAll
  static void start() throws Exception {
    portal = browserPortal.portal();
    portal.insertCamera(CAMERA, "Dock", "Loading bay");
    portal.execute("UPDATE cameras SET latitude = 53.54, longitude = 9.98 WHERE id = '" + CAMERA + "'");
    // two hours ago 4 happy faces; in the last minutes 3 windows of 2 neutral + 1 angry face
    portal.insertWindow(window(CAMERA, NOW.minus(Duration.ofHours(2)), 0, 0, 0, 4, 0, 0, 0));
    for (int i = 3; i >= 1; i--) {
      portal.insertWindow(window(CAMERA, NOW.minusSeconds(10L * i + 10), 1, 0, 0, 0, 2, 0, 0));
    }
    Instant first = NOW.minus(Duration.ofHours(3));
    stored = TestAlerts.opened(CAMERA, Emotion.ANGER, Severity.LOW, first.toEpochMilli(),
        first.plusSeconds(30).toEpochMilli(), 0.55, 3, "dock-anger", "fer-cnn-test");
    portal.insertAlert(stored);
    produceStatus(CameraState.ONLINE);
    awaitStoredState("ONLINE");
    session = browserPortal.openBrowser();
    session.logInAsAdmin();
  }

  @Test
  @Order(1)
  void theCameraPageFollowsItsWindowsPreviewsAlertsAndHealth() throws Exception {
    session.open("/live");
    session.browser.findElement(By.cssSelector(".tile[data-camera-id='" + CAMERA + "'] h2 a")).click();
    session.wait.until(ExpectedConditions.urlMatches(".*/cameras/" + CAMERA + "$"));
    session.waitUntilLive();
    assertThat(auditedViewsOf(CAMERA)).as("the page is audited as a live view").isEqualTo("1");

    assertThat(text("#health .h-state")).isEqualTo("online");
    assertThat(text("#health .h-framesDropped")).isEqualTo("3");
    assertThat(text("#health .h-rejections")).isEqualTo("blurry 2 · small 1");
    WebElement old = row(stored.alertId());
    assertThat(old.getText()).contains("LOW").contains("Anger").contains("55%").contains("OPEN");
    assertThat(old.findElement(By.className("f-group")).isDisplayed()).as("anger is in no abnormal group").isFalse();
    assertThat(old.findElement(By.className("f-link")).getAttribute("href")).contains("/alerts/view?id=");

    assertThat(panelFaces("quarter-hour")).isEqualTo(9);
    assertThat(panelFaces("day")).isEqualTo(13);
    assertThat(text("#day .share-happiness")).isEqualTo("Happiness 31%");
    assertThat(text("#day .share-distress")).as("the seeded group fear + sadness").isEqualTo("Distress 0%");
    long trendPoints = trendPoints();
    portal.produce(portal.windowsTopic, CAMERA, RecordCodec.EMOTION_WINDOWS.encode(window(CAMERA, NOW, 0, 0, 0, 0, 0, 3, 0)));
    session.wait.until(d -> panelFaces("day") == 16);
    assertThat(panelFaces("quarter-hour")).isEqualTo(12);
    assertThat(text("#day .share-sadness")).isEqualTo("Sadness 19%");
    assertThat(text("#day .share-distress")).isEqualTo("Distress 19%");
    assertThat(text("#quarter-hour .share-distress")).isEqualTo("Distress 25%");
    assertThat(session.browser.findElement(By.cssSelector("#quarter-hour .share-distress")).getAttribute("class"))
        .as("an abnormal group").contains("abnormal");
    assertThat(trendPoints()).isEqualTo(trendPoints + 1);

    long now = System.currentTimeMillis();
    portal.produce(portal.trackEmotionsTopic, CAMERA, RecordCodec.TRACK_EMOTIONS.encode(
        new TrackEmotionRecord(TrackEmotionRecord.SCHEMA_VERSION, CAMERA, 4, now, new Box(10, 10, 20, 20),
            new float[7], Emotion.SADNESS, 0.9f)));
    portal.produce(portal.previewsTopic, CAMERA, RecordCodec.PREVIEWS.encode(
        new PreviewRecord(PreviewRecord.SCHEMA_VERSION, CAMERA, now, 64, 36, ProbeResponder.snapshot(),
            List.of(new PreviewFace(4L, new Box(8, 8, 12, 12))), false)));
    session.waitForText(By.cssSelector("#camera-preview .face-box[data-track-id='4']"), "Sadness 90%");

    AlertRecord fresh = TestAlerts.opened(CAMERA, Emotion.SADNESS, Severity.HIGH, NOW.toEpochMilli(),
        NOW.plusSeconds(20).toEpochMilli(), 0.6, 2, "dock-sadness", "fer-cnn-test");
    portal.produce(portal.alertsTopic, CAMERA, RecordCodec.ALERTS.encode(fresh));
    session.wait.until(d -> !d.findElements(By.cssSelector("#history-list tr[data-alert-id='" + fresh.alertId() + "']")).isEmpty());
    List<WebElement> rows = session.browser.findElements(By.cssSelector("#history-list tr"));
    assertThat(rows.get(0).getAttribute("data-alert-id")).as("newest first").isEqualTo(fresh.alertId());
    assertThat(rows.get(0).getText()).contains("HIGH").contains("Sadness").contains("60%").contains("OPEN");
    assertThat(rows.get(0).findElement(By.className("f-group")).getText()).isEqualTo("Distress");
    assertThat(rows.get(0).findElement(By.className("f-link")).getAttribute("href")).endsWith(AlertLinks.path(fresh.alertId()));

    produceStatus(CameraState.OFFLINE);
    session.waitForText(By.cssSelector("#health .h-state"), "offline");
    assertThat(session.browser.findElement(By.id("health-state")).getAttribute("class")).contains("state-offline");
    assertThat(text("#health .h-lastError")).isEqualTo("Connection refused");
    session.screenshot("camera-page.png");
  }

  @Test
  @Order(2)
  void theMapRecoloursACameraThatGoesOfflineAndLinksToItsPage() throws Exception {
    produceStatus(CameraState.ONLINE);
    awaitStoredState("ONLINE");
    session.open("/cameras/map");
    session.waitUntilLive();
    By online = By.cssSelector("path.camera-marker.state-marker-online");
    session.wait.until(ExpectedConditions.numberOfElementsToBe(online, 1));

    // 25 frames/s in is too few for an analysis rate of 60 set since
    CameraAdministration cameras = portal.bean(CameraAdministration.class);
    Camera dock = cameras.find(CAMERA).orElseThrow();
    cameras.update(new Camera(dock.id(), dock.name(), dock.location(), dock.description(), dock.sourceUrl(),
        dock.latitude(), dock.longitude(), dock.zone(), 60, dock.enabled(), dock.privacyBlur()), "admin@emoticctv.test");
    produceStatus(CameraState.ONLINE);
    session.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.camera-marker.state-marker-low-fps"), 1));
    cameras.update(dock, "admin@emoticctv.test");

    produceStatus(CameraState.OFFLINE);
    By offline = By.cssSelector("path.camera-marker.state-marker-offline");
    session.wait.until(ExpectedConditions.numberOfElementsToBe(offline, 1));
    assertThat(session.browser.findElements(online)).isEmpty();
    assertThat(session.script("return arguments[0].getAttribute('fill');", session.browser.findElement(offline)))
        .isEqualTo("#e5484d");
    session.browser.findElement(offline).click();
    WebElement popup = session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("map-popup")));
    assertThat(popup.getText()).contains("Dock").containsIgnoringCase("offline").contains("last frame");
    assertThat(popup.findElement(By.tagName("a")).getAttribute("href")).endsWith("/cameras/" + CAMERA);
    session.screenshot("camera-map.png");
  }

  @Test
  @Order(3)
  void theConsoleShowsTheEmotionsCategoryAndPlaysTheCategorysSound() throws Exception {
    produceStatus(CameraState.OFFLINE); // down for seconds: well within the grace period of 2 min
    awaitStoredState("OFFLINE");
    portal.execute("UPDATE emotion_categories SET display_name = 'Apparent fear', color = '#123456' WHERE key = 'fear'");
    session.open("/alarms");
    WebElement alarmSound = session.browser.findElement(By.cssSelector("#sounds tr[data-sound='alarm']"));
    assertThat(alarmSound.getText()).contains("Anger").contains("Apparent fear").contains("not uploaded");
    Path wav = Files.createTempFile("alarm", ".wav");
    Files.write(wav, ToneWav.forSeverity(Severity.LOW));
    alarmSound.findElement(By.name("sound")).sendKeys(wav.toAbsolutePath().toString());
    alarmSound.findElement(By.cssSelector("form[enctype] button")).click();
    session.wait.until(ExpectedConditions.urlContains("/alarms?done=sound"));
    assertThat(session.browser.findElement(By.cssSelector("#sounds tr[data-sound='alarm']")).getText()).contains("uploaded sound");
    session.waitUntilLive();

    AlertRecord fear = TestAlerts.opened(CAMERA, Emotion.FEAR, Severity.HIGH, NOW.toEpochMilli(),
        NOW.plusSeconds(30).toEpochMilli(), 0.7, 3, "dock-fear", "fer-cnn-test");
    portal.produce(portal.alertsTopic, CAMERA, RecordCodec.ALERTS.encode(fear));
    WebElement row = session.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#alarm-list tr[data-alert-id='" + fear.alertId() + "']")));
    WebElement emotion = row.findElement(By.className("f-emotion"));
    assertThat(emotion.getText()).isEqualTo("Apparent fear");
    assertThat(emotion.getAttribute("data-color")).isEqualTo("#123456");
    assertThat(row.getAttribute("data-sound")).isEqualTo("alarm");
    assertThat(session.browser.findElement(By.tagName("body")).getAttribute("data-last-sound")).isEqualTo("alarm");
    assertThat(session.browser.findElement(By.id("sound-alarm")).getAttribute("src")).endsWith("/alarms/sounds/alarm");
    session.screenshot("alarm-console-category.png");

    // sadness names no sound of its own; its group "distress" names "chime", which nobody uploaded
    AlertRecord sad = TestAlerts.opened(CAMERA, Emotion.SADNESS, Severity.MEDIUM, NOW.plusSeconds(60).toEpochMilli(),
        NOW.plusSeconds(90).toEpochMilli(), 0.6, 3, "dock-sad", "fer-cnn-test");
    portal.produce(portal.alertsTopic, CAMERA, RecordCodec.ALERTS.encode(sad));
    By sadRow = By.cssSelector("#alarm-list tr[data-alert-id='" + sad.alertId() + "']");
    assertThat(session.wait.until(ExpectedConditions.visibilityOfElementLocated(sadRow)).getAttribute("data-sound"))
        .isEqualTo("MEDIUM");

    // each alert shows its camera's health as it changes (shown in capitals)
    By health = By.cssSelector("#alarm-list tr[data-alert-id='" + fear.alertId() + "'] .f-health");
    session.waitForText(health, "OFFLINE");
    produceStatus(CameraState.ONLINE);
    session.waitForText(health, "ONLINE");
    assertThat(text("#alarm-list tr[data-alert-id='" + sad.alertId() + "'] .f-health")).isEqualTo("ONLINE");
    assertThat(session.browser.findElement(By.id("outages")).isDisplayed()).isFalse();

    // no frame for 115 s, reported once: the grace period of 2 min runs out with no further status,
    // and the outage is sounded with the HIGH sound and listed until the camera is back
    long t = System.currentTimeMillis();
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(new CameraStatus(CameraStatus.SCHEMA_VERSION,
        CAMERA, t, CameraState.OFFLINE, 0, 0, 1, 3, 3, Map.of(), t - 115_000, "Connection refused")));
    By outage = By.cssSelector("#outage-list tr[data-camera-id='" + CAMERA + "']");
    assertThat(session.wait.until(ExpectedConditions.visibilityOfElementLocated(outage)).getText())
        .contains("Dock").contains("OFFLINE").contains("Connection refused");
    assertThat(session.browser.findElement(By.tagName("body")).getAttribute("data-last-sound")).isEqualTo("HIGH");
    session.screenshot("alarm-console-outage.png");
    produceStatus(CameraState.ONLINE);
    session.wait.until(ExpectedConditions.numberOfElementsToBe(outage, 0));
    assertThat(session.browser.findElement(By.id("outages")).isDisplayed()).isFalse();
  }

  private static void produceStatus(CameraState state) {
    long t = System.currentTimeMillis();
    boolean online = state == CameraState.ONLINE;
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(
        new CameraStatus(CameraStatus.SCHEMA_VERSION, CAMERA, t, state, online ? 25 : 0, online ? 5 : 0, 1, 3, 3,
            Map.of("small", 1L, "blurry", 2L), online ? t - 100 : t - 5_000, online ? null : "Connection refused")));
  }

  private static void awaitStoredState(String state) {
    portal.awaitQuery("the camera's status " + state, Duration.ofSeconds(20),
        "SELECT state FROM camera_status WHERE camera_id = '" + CAMERA + "'", state);
  }

  private static String auditedViewsOf(String target) throws SQLException {
    return portal.query("SELECT count(*) FROM audit_events WHERE action = 'live.view' AND target = '" + target + "'");
  }

  private static String text(String css) {
    return session.browser.findElement(By.cssSelector(css)).getText();
  }

  private static WebElement row(String alertId) {
    return session.browser.findElement(By.cssSelector("#history-list tr[data-alert-id='" + alertId + "']"));
  }

  private static int panelFaces(String panelId) {
    return Integer.parseInt(session.browser.findElement(By.id(panelId)).getAttribute("data-faces"));
  }

  private static long trendPoints() {
    return (Long) session.script("return Chart.getChart('trend-chart').data.datasets[0].data.length;");
  }
}
