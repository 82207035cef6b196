package io.emoticctv.portal;

import io.emoticctv.infra.servers.Chromium;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium ({@link Chromium}) on one portal, with the steps every browser test takes:
 * open a page, log in, type into a field, wait for a text, take a screenshot, close.
 */
final class BrowserSession implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);

  final WebDriver browser;
  final WebDriverWait wait;
  private final PortalFixture portal;

  private BrowserSession(PortalFixture portal, WebDriver browser) {
    this.portal = portal;
    this.browser = browser;
    this.wait = new WebDriverWait(browser, WAIT);
    // a form post reloads the page while a condition reads it; the next poll sees the new page
    wait.ignoring(StaleElementReferenceException.class);
    // a page that takes longer is a fault to see (a stalled connection), not to wait out
    browser.manage().timeouts().pageLoadTimeout(WAIT);
  }

  /** Skips the test class when Chromium is not installed. */
  static BrowserSession start(PortalFixture portal) throws Exception {
    Chromium.assumeInstalled();
    return new BrowserSession(portal, Chromium.start());
  }

  /** Opens a page of the portal, e.g. {@code "/alarms"}. */
  void open(String path) {
    browser.get(portal.uri(path).toString());
  }

  /** Submits the login form; the caller waits for where it leads. */
  void logIn(String email, String password) {
    open("/login");
    type("username", email);
    type("password", password);
    browser.findElement(By.id("login-submit")).click();
  }

  /** Logs in as the fixture's first admin and waits for the camera list. */
  void logInAsAdmin() {
    logIn(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
  }

  /** Replaces the text of the field with the id {@code id}. */
  void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Waits until the element shows exactly {@code text}. */
  void waitForText(By element, String text) {
    wait.until(ExpectedConditions.textToBe(element, text));
  }

  /** Waits until the page's Server-Sent Events stream is open (its {@code #live-status} says live). */
  void waitUntilLive() {
    waitForText(By.id("live-status"), "live");
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  void screenshot(String name) throws Exception {
    Chromium.screenshot(browser, name);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
