package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.admin.DeploymentPurpose;
import io.emoticctv.portal.web.Disclaimer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, signed in as the site admin, runs a report (page, chart, PDF and CSV
 * downloads, the PDF downloaded by the browser and read), uses every admin page (users, site settings, audit trail) and reports an issue with
 * an image, whose status change is emailed to the reporter.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystAdminBrowserIT {
  static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);
  static final Instant NINE = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
  static final String VIEWER = "viewer@emoticctv.test";
  static final String LEAVER = "leaver@emoticctv.test";

  @RegisterExtension
  static final BrowserPortal browserPortal = new BrowserPortal("portal_analyst_admin");

  private static PortalFixture portal;
  private static BrowserSession session;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    portal = browserPortal.portal();
    portal.insertCamera("cam-hall", "Hall", "Ground floor");
    portal.insertCamera("cam-yard", "Yard", "Outside");
    // 09:00-09:59 at the hall: 6 windows of 3 happy + 1 angry; 10:00 at the yard: 2 windows of 5 neutral
    for (int i = 0; i < 6; i++) {
      portal.insertWindow(window("cam-hall", NINE.plusSeconds(600L * i), 1, 0, 0, 3, 0, 0, 0));
    }
    for (int i = 0; i < 2; i++) {
      portal.insertWindow(window("cam-yard", NINE.plusSeconds(3600 + 10L * i), 0, 0, 0, 0, 5, 0, 0));
    }
    portal.insertAlert(TestAlerts.opened("cam-hall", Emotion.ANGER, Severity.HIGH,
        NINE.toEpochMilli(), NINE.plusSeconds(40).toEpochMilli(), 0.7, 4, "sustained-anger", "fer-cnn-test"));
    portal.insertUserWithPassword(VIEWER, "VIEWER", "viewer password 1");
    portal.insertUserWithPassword(LEAVER, "OPERATOR", "leaver password 1");
    session = browserPortal.openBrowser();
    browser = session.browser;
    wait = session.wait;
    session.logInAsAdmin();
  }

  @Test
  @Order(1)
  void aReportShowsSharesTotalsBusiestPeriodsCamerasAndAlerts() throws Exception {
    session.open("/reports?from=" + DAY + "&to=" + DAY + "&granularity=hour");
    wait.until(ExpectedConditions.attributeToBe(By.id("report-chart"), "data-drawn", "true"));
    assertThat(browser.findElement(By.id("report-description")).getText()).contains(DAY + " to " + DAY).contains("34 faces");
    assertThat(browser.findElement(By.id("report-totals")).getText()).contains("Happiness 18 53%").contains("Neutral 10 29%");
    // the seeded group distress = fear + sadness
    assertThat(browser.findElement(By.cssSelector("#report-totals tr[data-group='distress']")).getText()).isEqualTo("Distress (fear + sadness) 0 0%");
    List<String> compared = texts("#report-cameras-compared tbody tr");
    assertThat(compared).containsExactly("Hall 24 25% 0% 0% 75% 0% 0% 0% Happiness 75%", "Yard 10 0% 0% 0% 0% 100% 0% 0% Neutral 100%");
    assertThat(texts("#report-busiest li").get(0)).contains("09:00:00").contains("24 faces");
    assertThat(browser.findElement(By.id("report-alerts")).getText()).contains("cam-hall").contains("Anger").contains("70%");
    assertThat(browser.findElement(By.id("disclaimer")).getText()).isEqualTo(Disclaimer.TEXT);
    session.screenshot("reports.png");

    // by day, one camera, through the form
    new Select(browser.findElement(By.id("report-granularity"))).selectByValue("day");
    new Select(browser.findElement(By.id("report-cameras"))).selectByValue("cam-yard");
    browser.findElement(By.id("report-run")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-description"), "by day"));
    assertThat(browser.findElement(By.id("report-description")).getText()).contains("cameras cam-yard").contains("10 faces");
    assertThat(texts("#report-cameras-compared tbody tr")).containsExactly("Yard 10 0% 0% 0% 0% 100% 0% 0% Neutral 100%");
  }

  @Test
  @Order(2)
  void thePdfCarriesTheChartsAndFiguresAndTheCsvEveryBucket(@TempDir Path downloads) throws Exception {
    session.open("/reports?from=" + DAY + "&to=" + DAY + "&granularity=hour");
    // Chromium itself downloads the PDF the link offers; the file is then opened and read
    ((ChromiumDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    browser.findElement(By.id("export-pdf")).click();
    Path pdf = downloaded(downloads);
    assertThat(pdf.getFileName().toString()).isEqualTo("emoticctv-report-" + DAY + "-to-" + DAY + ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("EmotiCCTV report").contains(DAY + " to " + DAY)
          .contains("Totals per expression (34 faces)").contains("Happiness: 18 faces, 53%")
          .contains("Hall (cam-hall): 24 faces, mostly Happiness 75%")
          .contains("Distress (fear + sadness): 0 faces, 0%")
          .contains("Alerts in the range (1)").contains("does not identify anyone");
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images++;
        }
      }
      assertThat(images).as("shares over time, totals, cameras compared").isGreaterThanOrEqualTo(3);
    }
    HttpResponse<byte[]> csv = download(browser.findElement(By.id("export-csv")).getAttribute("href"));
    List<String> lines = new String(csv.body()).lines().toList();
    assertThat(lines.get(0)).startsWith("bucket_start,faces,anger,anger_share");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith(NINE + ",24,6,0.2500");
    assertThat(portal.auditCount(PortalFixture.ADMIN_EMAIL, "report.export")).isEqualTo(2);
  }

  @Test
  @Order(3)
  void adminsChangeRolesDisableAndDeleteUsers() throws Exception {
    session.open("/admin");
    session.screenshot("admin.png");
    browser.findElement(By.id("admin-users-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-list")));
    assertThat(browser.findElement(By.id("delete-note")).getText()).contains("audit events keep their email");

    session.type("users-q", "leaver");
    browser.findElement(By.id("users-search")).click();
    wait.until(ExpectedConditions.urlContains("q=leaver"));
    assertThat(texts("#user-list tbody tr")).hasSize(1).allMatch(row -> row.contains(LEAVER));
    session.open("/admin/users");

    var viewerRow = By.cssSelector("tr[data-email='" + VIEWER + "']");
    new Select(browser.findElement(viewerRow).findElement(By.name("role"))).selectByValue("OPERATOR");
    browser.findElement(viewerRow).findElement(By.className("set-role")).click();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "Role changed."));
    assertThat(userColumn(VIEWER, "role")).isEqualTo("OPERATOR");

    browser.findElement(viewerRow).findElement(By.className("toggle")).click();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "User disabled."));
    assertThat(userColumn(VIEWER, "enabled")).isEqualTo("f");

    // what the page says happens to a deleted user's data
    assertThat(browser.findElement(By.id("delete-note")).getText())
        .contains("API tokens").contains("alerts assigned to them become unassigned").contains("issues they reported stay");
    String leaver = userColumn(LEAVER, "id");
    portal.execute("INSERT INTO api_tokens (user_id, name, token_hash, token_prefix, scopes, created_at)"
        + " VALUES (" + leaver + ", 'script', 'leaver-token-hash', 'ecc_leaver', ARRAY['read'], now())");
    portal.execute("UPDATE alerts SET assigned_to = " + leaver);
    String issue = portal.query("INSERT INTO issues (title, description, status, created_at, updated_at, reporter_id)"
        + " VALUES ('Left behind', '', 'OPEN', now(), now(), " + leaver + ") RETURNING id");
    browser.findElement(By.cssSelector("tr[data-email='" + LEAVER + "']")).findElement(By.className("delete")).click();
    assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).contains("API tokens stop working").contains("Their issues stay");
    browser.switchTo().alert().accept();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "User deleted."));
    assertThat(userColumn(LEAVER, "role")).isNull();
    assertThat(portal.query("SELECT count(*) FROM api_tokens WHERE token_hash = 'leaver-token-hash'")).isEqualTo("0");
    assertThat(portal.query("SELECT count(*) FROM alerts WHERE assigned_to IS NOT NULL")).isEqualTo("0");
    assertThat(portal.query("SELECT coalesce(reporter_id::text, 'deleted user') FROM issues WHERE id = " + issue)).isEqualTo("deleted user");
    portal.execute("DELETE FROM issues WHERE id = " + issue);
    assertThat(browser.findElements(By.cssSelector("tr[data-email='" + LEAVER + "']"))).isEmpty();

    // an admin cannot lock themselves out
    browser.findElement(By.cssSelector("tr[data-email='" + PortalFixture.ADMIN_EMAIL + "']")).findElement(By.className("toggle")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users-error")));
    assertThat(browser.findElement(By.id("users-error")).getText()).contains("your own account");
    assertThat(userColumn(PortalFixture.ADMIN_EMAIL, "enabled")).isEqualTo("t");
    session.screenshot("admin-users.png");
  }

  @Test
  @Order(4)
  void aWorkplaceSiteRefusesEmotionAlertsWithTheLegalReason() throws Exception {
    session.open("/admin/settings");
    assertThat(browser.findElements(By.id("alerts-refused"))).isEmpty();
    browser.findElement(By.id("auditRetentionDays")).clear();
    browser.findElement(By.id("auditRetentionDays")).sendKeys("0");
    browser.findElement(By.id("settings-save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-form"), "A whole number of days"));
    assertThat(setting("audit_retention_days")).isEqualTo("730");

    new Select(browser.findElement(By.id("deploymentPurpose"))).selectByValue("WORKPLACE");
    browser.findElement(By.id("auditRetentionDays")).clear();
    browser.findElement(By.id("auditRetentionDays")).sendKeys("400");
    browser.findElement(By.id("settings-save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-saved")));
    assertThat(browser.findElement(By.id("alerts-refused")).getText()).isEqualTo(DeploymentPurpose.LEGAL_REASON);
    assertThat(setting("deployment_purpose")).isEqualTo("WORKPLACE");
    assertThat(setting("audit_retention_days")).isEqualTo("400");
    assertThat(portal.bean(io.emoticctv.portal.admin.SiteSettingsService.class).emotionAlertsAllowed()).isFalse();

    // outgoing mail, privacy default and map tiles through the same form, mail proven by a test email
    session.type("smtpHost", "127.0.0.1");
    session.type("smtpPort", Integer.toString(portal.mail().smtpPort()));
    new Select(browser.findElement(By.id("smtpSecurity"))).selectByValue("NONE");
    session.type("mailFrom", "cctv@site.example");
    browser.findElement(By.id("privacyBlurDefault")).click();
    session.type("mapTileUrl", "https://tiles.site.example/{z}/{x}/{y}.png");
    var save = browser.findElement(By.id("settings-save"));
    save.click();
    wait.until(ExpectedConditions.stalenessOf(save));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-saved")));
    assertThat(setting("smtp_host") + ":" + setting("smtp_security") + ":" + setting("mail_from") + ":" + setting("privacy_blur_default"))
        .isEqualTo("127.0.0.1:NONE:cctv@site.example:f");
    int mailsBefore = portal.mail().receivedMessages().size();
    browser.findElement(By.id("test-email-send")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test-email-sent"), "Test email sent to " + PortalFixture.ADMIN_EMAIL));
    PortalFixture.await("the test email", Duration.ofSeconds(10), () -> portal.mail().receivedMessages().size() > mailsBefore);
    assertThat(portal.mail().receivedMessages().get(mailsBefore).getFrom()[0].toString()).contains("cctv@site.example");
    session.screenshot("admin-settings.png");
    session.open("/cameras/new");
    assertThat(browser.findElement(By.id("privacyBlur")).isSelected()).as("new cameras follow the privacy default").isFalse();
    session.open("/cameras/map");
    assertThat(browser.getPageSource()).contains("tiles.site.example");
    session.open("/rules");
    assertThat(browser.findElement(By.id("rules-suspended")).getText()).contains("Rules are suspended").contains("Workplace");
  }

  @Test
  @Order(5)
  void theAuditTrailListsWhatTheAdminDid() throws Exception {
    session.open("/admin/audit");
    String trail = browser.findElement(By.id("audit-list")).getText();
    assertThat(trail).contains("login.success").contains("report.export").contains("user.role")
        .contains("user.delete").contains(LEAVER).contains("settings.update").contains("purpose UNDECLARED -> WORKPLACE");
    new Select(browser.findElement(By.name("action"))).selectByValue("user.delete");
    browser.findElement(By.id("audit-filter")).click();
    wait.until(ExpectedConditions.urlContains("action=user.delete"));
    assertThat(texts("#audit-list tbody tr")).hasSize(1);
    session.screenshot("admin-audit.png");
  }

  @Test
  @Order(6)
  void anIssueWithAnImageIsReportedAndItsReporterEmailedOnEachStatusChange() throws Exception {
    // a photo-sized upload (noise compresses badly: over 1 MB as PNG), larger than any buffer on the way
    BufferedImage picture = new BufferedImage(700, 500, BufferedImage.TYPE_INT_RGB);
    java.util.Random noise = new java.util.Random(7);
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        picture.setRGB(x, y, noise.nextInt(0x1000000));
      }
    }
    picture.setRGB(5, 5, 0xff0000);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    png.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
    Path upload = Files.createTempFile("lens ", ".png");
    Files.write(upload, png.toByteArray());

    session.open("/issues");
    browser.findElement(By.id("new-issue")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue-form")));
    browser.findElement(By.id("title")).sendKeys("Hall camera lens is dirty");
    browser.findElement(By.id("description")).sendKeys("Smudge top left since Monday.");
    browser.findElement(By.id("cameraId")).sendKeys("cam-hall");
    browser.findElement(By.id("image1")).sendKeys(upload.toAbsolutePath().toString());
    session.screenshot("issue-form.png");
    browser.findElement(By.id("issue-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue-title")));
    assertThat(browser.findElement(By.id("issue-title")).getText()).endsWith("Hall camera lens is dirty");
    assertThat(browser.findElement(By.id("issue-status")).getText()).isEqualTo("Open");

    String href = browser.findElement(By.cssSelector("#issue-attachments a")).getAttribute("href");
    HttpResponse<byte[]> image = download(href);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.headers().firstValue("Content-Disposition").orElse("")).isEqualTo("attachment; filename=\"" + upload.getFileName().toString().replace(' ', '_') + "\"");
    assertThat(new String(image.body(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    BufferedImage served = ImageIO.read(new java.io.ByteArrayInputStream(image.body()));
    assertThat(png.size()).isGreaterThan(1_000_000);
    assertThat(served.getWidth()).isEqualTo(700);
    assertThat(served.getRGB(5, 5) & 0xffffff).isEqualTo(0xff0000);

    int mailsBefore = portal.mail().receivedMessages().size();
    new Select(browser.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
    browser.findElement(By.id("comment")).sendKeys("A technician goes there today.");
    browser.findElement(By.id("status-save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("issue-status"), "In progress"));
    assertThat(browser.findElement(By.id("issue-history")).getText()).contains("A technician goes there today.");
    session.screenshot("issue.png");
    PortalFixture.await("the status email", Duration.ofSeconds(10), () -> portal.mail().receivedMessages().size() > mailsBefore);
    var message = portal.mail().receivedMessages().get(mailsBefore);
    assertThat(message.getSubject()).matches("Issue #\\d+ is now In progress");
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo(PortalFixture.ADMIN_EMAIL);
    assertThat(mailText(message)).contains("A technician goes there today.").contains("http://portal.example.test/issues/");

    session.open("/issues?status=IN_PROGRESS");
    assertThat(texts("#issue-list tbody tr")).hasSize(1);
    session.screenshot("issues.png");
  }

  @Test
  @Order(7)
  void theApiIsDocumentedWithSwaggerUiServedByThePortal() throws Exception {
    session.open("/api/tokens");
    browser.findElement(By.id("token-name")).sendKeys("reporting");
    browser.findElement(By.id("scope-read")).click();
    browser.findElement(By.id("token-create")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
    assertThat(browser.findElement(By.id("new-token")).getText()).startsWith("ecc_");
    session.screenshot("api-tokens.png");
    browser.findElement(By.id("api-docs-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .opblock")));
    assertThat(browser.findElement(By.id("swagger-ui")).getText()).contains("/api/v1/cameras").contains("/api/v1/aggregates");
    session.screenshot("api-docs.png");
  }

  @Test
  @Order(8)
  void scheduledReportsAreEmailedAsPdfOncePerDayOrWeek() throws Exception {
    session.open("/admin");
    browser.findElement(By.id("admin-schedules-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-form")));
    browser.findElement(By.id("schedule-name")).sendKeys("Daily hall");
    browser.findElement(By.id("schedule-recipients")).sendKeys(PortalFixture.ADMIN_EMAIL + ", " + VIEWER);
    browser.findElement(By.id("schedule-cameras")).sendKeys("cam-hall");
    browser.findElement(By.id("schedule-save")).click();
    // the viewer was disabled above
    wait.until(ExpectedConditions.textToBe(By.id("schedule-error"), "There is no enabled user " + VIEWER + "."));
    assertThat(portal.query("SELECT count(*) FROM report_schedules")).isEqualTo("0");
    browser.findElement(By.id("schedule-recipients")).clear();
    browser.findElement(By.id("schedule-recipients")).sendKeys(PortalFixture.ADMIN_EMAIL);
    browser.findElement(By.id("schedule-save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-list")));
    assertThat(browser.findElement(By.id("schedule-list")).getText()).contains("Daily hall").contains("never");
    session.screenshot("report-schedules.png");

    int before = portal.mail().receivedMessages().size();
    Instant morningAfter = DAY.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
    var job = portal.bean(io.emoticctv.portal.reports.ScheduledReports.class);
    assertThat(job.run(morningAfter)).isEqualTo(1);
    assertThat(job.run(morningAfter.plusSeconds(3600))).as("the same day again").isZero();
    var message = portal.mail().receivedMessages().get(before);
    assertThat(message.getSubject()).isEqualTo("EmotiCCTV report \"Daily hall\": " + DAY);
    assertThat(attachedPdfText(message)).contains("cameras cam-hall").contains("Totals per expression (24 faces)");
    assertThat(portal.query("SELECT last_period_start FROM report_schedules")).isEqualTo(DAY.toString());

    // a weekly one, of all cameras: on the Monday after, the Monday-to-Sunday week that holds DAY, by day
    session.type("schedule-name", "Weekly site");
    new Select(browser.findElement(By.id("schedule-frequency"))).selectByValue("WEEKLY");
    session.type("schedule-recipients", PortalFixture.ADMIN_EMAIL);
    var add = browser.findElement(By.id("schedule-save"));
    add.click();
    wait.until(ExpectedConditions.stalenessOf(add));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule-list"), "Weekly site"));
    LocalDate monday = DAY.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    int beforeWeekly = portal.mail().receivedMessages().size();
    job.run(monday.plusWeeks(1).atTime(6, 0).toInstant(ZoneOffset.UTC));
    String subject = "EmotiCCTV report \"Weekly site\": " + monday + " to " + monday.plusDays(6);
    var weekly = portal.mail().receivedMessages().subList(beforeWeekly, portal.mail().receivedMessages().size()).stream()
        .filter(m -> subjectOf(m).equals(subject)).toList();
    assertThat(weekly).hasSize(1);
    assertThat(attachedPdfText(weekly.get(0))).contains("by day, all cameras").contains("Totals per expression (34 faces)");
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the PDF attached to {@code message}. */
  private static String attachedPdfText(jakarta.mail.internet.MimeMessage message) throws Exception {
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("application/pdf")) {
        try (PDDocument doc = Loader.loadPDF(parts.getBodyPart(i).getInputStream().readAllBytes())) {
          return new PDFTextStripper().getText(doc);
        }
      }
    }
    throw new AssertionError("no PDF attached to " + message.getSubject());
  }

  @Test
  @Order(9)
  void adminsRecolourEmotionsAndAddAGroupTheLiveWallShowsThenRemoveIt() throws Exception {
    session.open("/admin");
    browser.findElement(By.id("admin-categories-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("category-list")));
    var form = browser.findElement(By.cssSelector("tr[data-key='anger'] .category-form"));
    form.findElement(By.name("displayName")).clear();
    form.findElement(By.name("displayName")).sendKeys("Apparent anger");
    form.findElement(By.className("save-category")).click();
    wait.until(ExpectedConditions.stalenessOf(form));
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-key='anger'] input[name='displayName']"), "value", "Apparent anger"));
    assertThat(portal.query("SELECT display_name FROM emotion_categories WHERE key = 'anger'")).isEqualTo("Apparent anger");

    browser.findElement(By.id("group-key")).sendKeys("upset");
    browser.findElement(By.id("group-name")).sendKeys("Upset");
    browser.findElement(By.id("member-anger")).click();
    browser.findElement(By.id("member-disgust")).click();
    browser.findElement(By.id("group-abnormal")).click();
    browser.findElement(By.id("group-save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-key='upset']")));
    assertThat(browser.findElement(By.cssSelector("tr[data-key='upset']")).getText()).contains("anger + disgust");
    assertThat(portal.query("SELECT abnormal::text || array_to_string(members, '+') FROM emotion_categories WHERE key = 'upset'")).isEqualTo("trueanger+disgust");
    session.screenshot("admin-categories.png");

    // the live wall sums each group's members: the hall's newest window is 1 angry and 3 happy faces
    session.open("/live");
    By upset = By.cssSelector(".tile[data-camera-id='cam-hall'] .share-upset");
    session.waitForText(upset, "Upset 25%");
    assertThat(browser.findElement(upset).getAttribute("class")).contains("abnormal");
    assertThat(browser.findElement(By.cssSelector(".tile[data-camera-id='cam-hall'] .share-distress")).getText()).isEqualTo("Distress 0%");

    session.open("/admin/categories");
    var remove = browser.findElement(By.cssSelector("tr[data-key='upset'] .delete-category"));
    remove.click();
    wait.until(ExpectedConditions.stalenessOf(remove));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("category-list")));
    assertThat(browser.findElements(By.cssSelector("tr[data-key='upset']"))).isEmpty();
    assertThat(portal.query("SELECT count(*) FROM emotion_categories WHERE key = 'upset'")).isEqualTo("0");
    assertThat(portal.auditCount(PortalFixture.ADMIN_EMAIL, "category.delete")).isEqualTo(1);
  }

  @Test
  @Order(10)
  void anInvitedUserSetsTheirPasswordFromTheEmailedLinkOnce() throws Exception {
    session.open("/admin/users");
    browser.findElement(By.id("invite-email")).sendKeys("Newcomer@EmotiCCTV.test");
    browser.findElement(By.id("invite-name")).sendKeys("New Comer");
    new Select(browser.findElement(By.id("invite-role"))).selectByValue("OPERATOR");
    int before = portal.mail().receivedMessages().size();
    browser.findElement(By.id("invite-send")).click();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "Invitation sent to Newcomer@EmotiCCTV.test."));
    assertThat(userColumn("newcomer@emoticctv.test", "role")).isEqualTo("OPERATOR");
    PortalFixture.await("the invitation", Duration.ofSeconds(10), () -> portal.mail().receivedMessages().size() > before);
    String text = mailText(portal.mail().receivedMessages().get(before));
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://portal\\.example\\.test(/invite/[A-Za-z0-9_-]{43})").matcher(text);
    assertThat(link.find()).as(text).isTrue();
    assertThat(portal.session().login("newcomer@emoticctv.test", "!invited").headers().firstValue("Location")).hasValue("/login?error=true");

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
    session.open(link.group(1));
    browser.findElement(By.id("password")).sendKeys("short");
    browser.findElement(By.id("confirmation")).sendKeys("short");
    browser.findElement(By.id("invite-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-error"), "at least 8 characters"));
    session.screenshot("invite.png");
    browser.findElement(By.id("password")).sendKeys("a long new password");
    browser.findElement(By.id("confirmation")).sendKeys("a long new password");
    browser.findElement(By.id("invite-submit")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(portal.session().login("newcomer@emoticctv.test", "a long new password").headers().firstValue("Location")).hasValue("/cameras");
    session.open(link.group(1));
    browser.findElement(By.id("password")).sendKeys("another password 2");
    browser.findElement(By.id("confirmation")).sendKeys("another password 2");
    browser.findElement(By.id("invite-submit")).click();
    wait.until(d -> d.getPageSource().contains("unknown, used already or expired"));
  }

  private static String mailText(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/*")) {
      return part.getContent().toString();
    }
    StringBuilder text = new StringBuilder();
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(mailText(multipart.getBodyPart(i)));
      }
    }
    return text.toString();
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getText()).toList();
  }

  /** The one file Chromium finished downloading into {@code dir}. */
  private static Path downloaded(Path dir) throws Exception {
    PortalFixture.await("the download", Duration.ofSeconds(20), () -> {
      try (var files = Files.list(dir)) {
        List<Path> all = files.toList();
        return all.size() == 1 && !all.get(0).toString().endsWith(".crdownload");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (var files = Files.list(dir)) {
      return files.findFirst().orElseThrow();
    }
  }

  private static HttpResponse<byte[]> download(String href) throws Exception {
    String cookie = browser.manage().getCookieNamed("EMOTICCTV_SESSION").getValue();
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie", "EMOTICCTV_SESSION=" + cookie).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String userColumn(String email, String column) throws SQLException {
    return portal.query("SELECT " + column + " FROM users WHERE email = '" + email + "'");
  }

  private static String setting(String column) throws SQLException {
    return portal.query("SELECT " + column + " FROM site_settings WHERE id = 1");
  }
}
