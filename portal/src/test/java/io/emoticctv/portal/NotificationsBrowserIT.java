package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.emoticctv.portal.twofactor.Base32;
import io.emoticctv.portal.twofactor.Totp;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
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
 * A real Chromium against a portal on the real broker and database: a user switches two-factor
 * login on from the profile (scanning nothing: the test computes codes from the secret the page
 * shows) and logs in with password and code; an admin adds a webhook, presses "Test" and sees
 * the delivery a local HTTP server received in the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsBrowserIT {
  static final String USER = "lena.operator@emoticctv.test";
  static final String PASSWORD = "lena's password";
  static final String WEBHOOK_SECRET = "shared with the receiver 42";

  /** A request the local endpoint received. */
  record Received(String timestamp, String signature, String body) {}

  @RegisterExtension
  static final BrowserPortal browserPortal = new BrowserPortal("portal_notifications");

  private static PortalFixture portal;
  private static BrowserSession session;
  private static WebDriver browser;
  private static WebDriverWait wait;
  private static HttpServer receiver;
  private static final List<Received> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    portal = browserPortal.portal();
    portal.insertUserWithPassword(USER, "OPERATOR", PASSWORD);
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(new Received(
              exchange.getRequestHeaders().getFirst("X-EmotiCCTV-Timestamp"),
              exchange.getRequestHeaders().getFirst("X-EmotiCCTV-Signature"),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    session = browserPortal.openBrowser();
    browser = session.browser;
    wait = session.wait;
  }

  @AfterAll
  static void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  @Order(1)
  void aUserSwitchesTwoFactorLoginOnAndLogsInWithPasswordAndCode() throws Exception {
    session.logIn(USER, PASSWORD);
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
    session.open("/profile");
    assertThat(browser.findElement(By.id("two-factor-state")).getText()).contains("Off");
    browser.findElement(By.id("two-factor-link")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("totp-setup"))).click();
    String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-secret"))).getText();
    WebElement qr = browser.findElement(By.id("totp-qr"));
    assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth;", qr))
        .as("the QR code image loads").isEqualTo(240L);
    assertThat(browser.findElement(By.id("totp-uri")).getText()).startsWith("otpauth://totp/EmotiCCTV").contains("secret=" + secret);
    session.screenshot("profile-2fa.png");

    byte[] key = Base32.decode(secret);
    long step = Totp.step(Instant.now());
    session.type("totp-code", Totp.code(key, step, 6));
    browser.findElement(By.id("totp-confirm")).click();
    List<WebElement> codes = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes li"), 10));
    assertThat(codes.get(0).getText()).matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}");

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/login?logout=true"));
    session.logIn(USER, PASSWORD);
    wait.until(ExpectedConditions.urlMatches(".*/login/2fa$"));
    session.type("code", Totp.code(key, step - 5, 6));
    browser.findElement(By.id("second-factor-submit")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("second-factor-error"))).getText())
        .contains("That code is not right");
    session.screenshot("login-2fa.png");
    session.open("/cameras");
    wait.until(ExpectedConditions.urlMatches(".*/login$"));

    session.open("/login/2fa");
    session.type("code", Totp.code(key, step + 1, 6)); // the setup used up this step's code
    browser.findElement(By.id("second-factor-submit")).click();
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
    assertThat(browser.findElement(By.cssSelector(".account .who")).getAttribute("title")).isEqualTo(USER);
    assertThat(portal.auditCount(USER, "login.2fa-failure")).isEqualTo(1);
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/login?logout=true"));
  }

  @Test
  @Order(2)
  void anAdminAddsAWebhookTestsItAndSeesTheDeliveryInTheLog() throws Exception {
    session.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
    browser.findElement(By.id("nav-admin")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("admin-webhooks-link"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-form")));
    session.type("name", "Control room");
    session.type("url", "ftp://127.0.0.1/hook");
    session.type("secret", WEBHOOK_SECRET);
    browser.findElement(By.id("webhook-save")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-url"))).getText()).contains("http:// or https:// URL");

    session.type("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    session.type("secret", WEBHOOK_SECRET);
    new Select(browser.findElement(By.id("format"))).selectByVisibleText("Generic JSON");
    browser.findElement(By.id("cameraOutages")).click();
    browser.findElement(By.id("webhook-save")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-done"))).getText())
        .contains("Control room added");
    assertThat(browser.getPageSource()).doesNotContain(WEBHOOK_SECRET);
    assertThat(browser.findElement(By.id("webhook-list")).getText()).contains("Control room").contains("alerts outages");
    session.screenshot("webhooks.png");

    browser.findElement(By.cssSelector("#webhook-list .webhook-test")).click();
    wait.until(ExpectedConditions.urlMatches(".*/admin/webhooks/\\d+/deliveries$"));
    WebElement row = browser.findElement(By.cssSelector("#delivery-log tr.delivery"));
    assertThat(row.findElement(By.className("delivery-status")).getText()).isEqualTo("DELIVERED");
    assertThat(row.findElement(By.className("delivery-attempts")).getText()).isEqualTo("1");
    assertThat(row.findElement(By.className("delivery-code")).getText()).isEqualTo("204");
    assertThat(row.getText()).contains("test").contains("Test delivery from EmotiCCTV to Control room");
    session.screenshot("webhook-log.png");

    assertThat(received).hasSize(1);
    Received delivery = received.get(0);
    assertThat(delivery.signature())
        .isEqualTo(WebhookDeliveryIT.expectedSignature(WEBHOOK_SECRET, delivery.timestamp(), delivery.body()));
    assertThat(delivery.body()).startsWith("{\"event\":\"test\"").contains("\"requestedBy\":\"" + ADMIN_EMAIL + "\"");

    // editing keeps the secret when its field is left empty, and never shows it
    browser.findElement(By.cssSelector(".crumbs a[href^='/admin/webhooks/']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/admin/webhooks/\\d+$"));
    assertThat(browser.findElement(By.id("secret")).getAttribute("value")).isEmpty();
    session.type("name", "Control room 2");
    session.screenshot("admin-webhook.png");
    browser.findElement(By.id("webhook-save")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-done"))).getText())
        .contains("Control room 2 saved");
    browser.findElement(By.cssSelector("#webhook-list .webhook-test")).click();
    wait.until(ExpectedConditions.urlMatches(".*/admin/webhooks/\\d+/deliveries$"));
    assertThat(received).hasSize(2);
    Received second = received.get(1);
    assertThat(second.signature())
        .isEqualTo(WebhookDeliveryIT.expectedSignature(WEBHOOK_SECRET, second.timestamp(), second.body()));
  }
}
