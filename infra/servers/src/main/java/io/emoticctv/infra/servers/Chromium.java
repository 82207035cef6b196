package io.emoticctv.infra.servers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests, with a throwaway profile, no network of its own and
 * sounds allowed to play without a click (the alarm console plays one per new alert).
 */
public final class Chromium {
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final File BINARY = new File("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /** Skips the test class when Chromium is not installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        CHROMEDRIVER.canExecute(),
        "skipped: /usr/bin/chromedriver is absent (apt-get install -y chromium chromium-driver)");
  }

  public static WebDriver start() throws Exception {
    Path profile = Files.createTempDirectory("emoticctv-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--autoplay-policy=no-user-gesture-required",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1400));
    Files.createDirectories(SCREENSHOTS);
    return browser;
  }

  public static void screenshot(WebDriver browser, String name) throws Exception {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
