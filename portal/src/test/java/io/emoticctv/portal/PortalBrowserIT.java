package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.web.Disclaimer;
import io.emoticctv.portal.windows.LiveWindowHub;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium sees an account locked after guessed passwords, logs in, opens a camera's
 * dashboard and watches it follow new windows; then, as the site admin, adds, edits and removes a
 * camera through the forms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {
  static final String CAMERA = "cam-lobby";
  static final int SEEDED_WINDOWS = 60;

  @RegisterExtension
  static final BrowserPortal browserPortal = new BrowserPortal("portal_browser");

  private static PortalFixture portal;
  private static BrowserSession session;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    portal = browserPortal.portal();
    portal.insertCamera(CAMERA, "Lobby", "Main entrance");
    portal.insertCamera("cam-yard", "Yard", "Back of building B");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < SEEDED_WINDOWS; i++) {
      portal.insertWindow(
          window(CAMERA, now.minusSeconds(10L * (SEEDED_WINDOWS - i) + 10), seededCounts(i)));
    }
    portal.insertWindow(window("cam-yard", now.minusSeconds(20), 0, 0, 0, 1, 2, 0, 0));
    Instant first = now.minusSeconds(60);
    portal.insertAlert(
        TestAlerts.opened(CAMERA, Emotion.ANGER, Severity.HIGH, first.toEpochMilli(),
            first.plusSeconds(40).toEpochMilli(), 0.6, 4, "sustained-anger", "fer-cnn-test"));
    long t = now.toEpochMilli();
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(
        new CameraStatus(CameraStatus.SCHEMA_VERSION, CAMERA, t, CameraState.ONLINE, 25, 5, 8, 0, 0, Map.of(), t - 100, null)));
    portal.produce(portal.statusTopic, "cam-yard", RecordCodec.CAMERA_STATUS.encode(
        new CameraStatus(CameraStatus.SCHEMA_VERSION, "cam-yard", t - 600_000, CameraState.ONLINE, 25, 5, 1, 0, 0, Map.of(), t - 600_000, null)));

    session = browserPortal.openBrowser();
    browser = session.browser;
  }

  @Test
  @Order(1)
  void logInSeeTheCamerasAndWatchADashboardFollowNewWindows() throws Exception {
    WebDriverWait wait = session.wait;
    session.open("/cameras");
    wait.until(ExpectedConditions.urlContains("/login"));

    session.logIn(PortalFixture.ADMIN_EMAIL, "wrong password");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText())
        .contains("Wrong email or password");
    // after 5 wrong guesses at another account, its next login is refused (the address, with 6
    // failures, is not locked)
    for (int i = 0; i <= 5; i++) {
      session.logIn("guessed@emoticctv.test", "guess " + i);
    }
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-locked"))).getText())
        .contains("Too many failed logins").contains("blocked until");
    session.screenshot("login-locked.png");

    session.logInAsAdmin();
    wait.until(d -> d.getPageSource().contains("online"));
    List<String> rows =
        browser.findElements(By.cssSelector("#camera-list tbody tr")).stream().map(e -> e.getText()).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("Lobby").contains("Main entrance").containsIgnoringCase("online");
    assertThat(rows.get(1)).contains("Yard").containsIgnoringCase("offline");
    assertThat(browser.findElement(By.id("disclaimer")).getText()).isEqualTo(Disclaimer.TEXT);
    session.screenshot("cameras.png");

    browser.findElement(By.linkText("Lobby")).click();
    wait.until(ExpectedConditions.urlContains("/cameras/" + CAMERA));
    assertThat(browser.findElement(By.id("trend-chart")).getTagName()).isEqualTo("canvas");
    assertThat(browser.findElement(By.id("current-chart")).getTagName()).isEqualTo("canvas");
    assertThat(trendPoints()).isEqualTo(SEEDED_WINDOWS);
    session.waitUntilLive();

    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.loadedOnce = 'yes';");
    LiveWindowHub hub = portal.bean(LiveWindowHub.class);
    PortalFixture.await("the page to subscribe", Duration.ofSeconds(10), () -> hub.subscribers() > 0);
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    EmotionWindow fresh = window(CAMERA, start, 6, 1, 1, 0, 1, 1, 0);
    portal.produce(portal.windowsTopic, CAMERA, RecordCodec.EMOTION_WINDOWS.encode(fresh));

    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("latest-window"), "data-window-start", Long.toString(start.toEpochMilli())));
    assertThat(js.executeScript("return window.loadedOnce;")).as("the page was not reloaded").isEqualTo("yes");
    assertThat(trendPoints()).isEqualTo(SEEDED_WINDOWS + 1);
    assertThat(browser.findElement(By.id("latest-window")).getText()).contains("10 faces");
    Object angerShare = js.executeScript("return Chart.getChart('current-chart').data.datasets[0].data[0];");
    assertThat(((Number) angerShare).doubleValue()).isEqualTo(0.6);
    assertThat(browser.findElement(By.id("disclaimer")).getText()).isEqualTo(Disclaimer.TEXT);
    session.screenshot("dashboard.png");

    browser.findElement(By.linkText("Alerts")).click();
    wait.until(ExpectedConditions.urlMatches(".*/alerts$"));
    String alert = browser.findElement(By.cssSelector("#alert-list tbody tr")).getText();
    assertThat(alert).contains("Lobby").contains("Main entrance").contains("Anger").contains("60%");
    session.screenshot("alerts.png");
  }

  /** Runs after the first test, logged in as the admin. */
  @Test
  @Order(2)
  void theAdminAddsEditsAndRemovesACamera() throws Exception {
    WebDriverWait wait = session.wait;
    session.open("/cameras");
    browser.findElement(By.id("add-camera")).click();
    wait.until(ExpectedConditions.urlMatches(".*/cameras/new$"));
    browser.findElement(By.id("id")).sendKeys("cam-gate");
    browser.findElement(By.id("name")).sendKeys("Gate");
    browser.findElement(By.id("location")).sendKeys("North gate");
    browser.findElement(By.id("zone")).sendKeys("Perimeter");
    browser.findElement(By.id("sourceUrl")).sendKeys("rtsp://10.0.0.9:554/gate");
    browser.findElement(By.id("latitude")).sendKeys("48.8584");
    browser.findElement(By.id("longitude")).sendKeys("2.2945");
    WebElement fps = browser.findElement(By.id("analysisFps"));
    fps.clear();
    fps.sendKeys("31");
    browser.findElement(By.id("camera-save")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-analysisFps"))).getText())
        .contains("from 0.2 to 30");
    assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Gate");
    session.screenshot("camera-form.png");

    browser.findElement(By.id("id")).clear();
    browser.findElement(By.id("id")).sendKeys("cam-gate");
    fps = browser.findElement(By.id("analysisFps"));
    fps.clear();
    fps.sendKeys("2");
    browser.findElement(By.id("camera-save")).click();
    wait.until(ExpectedConditions.urlContains("/cameras?saved=cam-gate"));
    assertThat(cameraRow("cam-gate")).contains("Gate").contains("North gate").contains("Perimeter");

    browser.findElement(By.cssSelector("a.edit-camera[data-camera-id='cam-gate']")).click();
    wait.until(ExpectedConditions.urlContains("/cameras/cam-gate/edit"));
    assertThat(browser.findElement(By.id("id")).isEnabled()).as("the id cannot change").isFalse();
    WebElement name = browser.findElement(By.id("name"));
    name.clear();
    name.sendKeys("Gate north");
    browser.findElement(By.id("camera-save")).click();
    wait.until(ExpectedConditions.urlContains("/cameras?saved=cam-gate"));
    assertThat(cameraRow("cam-gate")).contains("Gate north");
    session.screenshot("cameras-admin.png");

    browser.findElement(By.cssSelector("a.edit-camera[data-camera-id='cam-gate']")).click();
    wait.until(ExpectedConditions.urlContains("/cameras/cam-gate/edit"));
    browser.findElement(By.id("camera-remove")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.urlContains("/cameras?removed=cam-gate"));
    assertThat(browser.findElement(By.id("change-notice")).getText()).isEqualTo("Camera cam-gate removed.");
    assertThat(browser.findElements(By.cssSelector("#camera-list tbody tr[data-camera-id='cam-gate']"))).isEmpty();
    assertThat(portal.query("SELECT count(*) FROM cameras WHERE id = 'cam-gate'")).isEqualTo("0");
  }

  private String cameraRow(String cameraId) {
    return browser.findElement(By.cssSelector("#camera-list tbody tr[data-camera-id='" + cameraId + "']")).getText();
  }

  /** Ten minutes of a calm crowd in which anger slowly grows, in Emotion order. */
  static int[] seededCounts(int i) {
    int anger = i / 15;
    int happiness = 4 + (int) Math.round(2 * Math.sin(i / 6.0));
    int neutral = 5 + (int) Math.round(2 * Math.cos(i / 9.0));
    int surprise = i % 7 == 0 ? 1 : 0;
    return new int[] {anger, 0, i % 11 == 0 ? 1 : 0, happiness, neutral, 1, surprise};
  }

  private long trendPoints() {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeScript("return Chart.getChart('trend-chart').data.datasets[0].data.length;");
  }
}
