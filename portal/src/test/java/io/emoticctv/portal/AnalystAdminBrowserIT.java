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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, signed in as the site admin, runs a report (page, chart, PDF and CSV
 * downloads), uses every admin page (users, site settings, audit trail) and reports an issue with
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
    List<String> compared = texts("#report-cameras-compared tbody tr");
    assertThat(compared).containsExactly("Hall 24 Happiness 75%", "Yard 10 Neutral 100%");
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
    assertThat(texts("#report-cameras-compared tbody tr")).containsExactly("Yard 10 Neutral 100%");
  }

  @Test
  @Order(2)
  void thePdfCarriesTheChartsAndFiguresAndTheCsvEveryBucket() throws Exception {
    session.open("/reports?from=" + DAY + "&to=" + DAY + "&granularity=hour");
    HttpResponse<byte[]> pdf = download(browser.findElement(By.id("export-pdf")).getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("EmotiCCTV report").contains(DAY + " to " + DAY)
          .contains("Totals per expression (34 faces)").contains("Happiness: 18 faces, 53%")
          .contains("Hall (cam-hall): 24 faces, mostly Happiness 75%")
          .contains("Alerts in the range (1)").contains("does not identify anyone");
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images++;
        }
      }
      assertThat(images).as("the two charts").isGreaterThanOrEqualTo(2);
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

    var viewerRow = By.cssSelector("tr[data-email='" + VIEWER + "']");
    new Select(browser.findElement(viewerRow).findElement(By.name("role"))).selectByValue("OPERATOR");
    browser.findElement(viewerRow).findElement(By.className("set-role")).click();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "Role changed."));
    assertThat(userColumn(VIEWER, "role")).isEqualTo("OPERATOR");

    browser.findElement(viewerRow).findElement(By.className("toggle")).click();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "User disabled."));
    assertThat(userColumn(VIEWER, "enabled")).isEqualTo("f");

    browser.findElement(By.cssSelector("tr[data-email='" + LEAVER + "']")).findElement(By.className("delete")).click();
    assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).contains("Their issues stay");
    browser.switchTo().alert().accept();
    wait.until(ExpectedConditions.textToBe(By.id("users-done"), "User deleted."));
    assertThat(userColumn(LEAVER, "role")).isNull();
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
    session.screenshot("admin-settings.png");
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
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
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
    assertThat(served.getWidth()).isEqualTo(40);
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
  void aScheduledReportIsEmailedAsPdfOncePerPeriod() throws Exception {
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
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
    jakarta.mail.BodyPart pdfPart = null;
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("application/pdf")) {
        pdfPart = parts.getBodyPart(i);
      }
    }
    assertThat(pdfPart).isNotNull();
    try (PDDocument doc = Loader.loadPDF(pdfPart.getInputStream().readAllBytes())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("cameras cam-hall").contains("Totals per expression (24 faces)");
    }
    assertThat(portal.query("SELECT last_period_start FROM report_schedules")).isEqualTo(DAY.toString());
  }

  @Test
  @Order(9)
  void adminsRecolourAnEmotionAndGroupEmotionsIntoACategory() throws Exception {
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
