package io.emoticctv.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.GrayImages;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.PreviewRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.Topics;
import io.emoticctv.infra.servers.Chromium;
import io.emoticctv.infra.servers.FreePorts;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.MailServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.ingest.FacePublisher;
import io.emoticctv.ingest.FaceRecords;
import io.emoticctv.ingest.HttpTestCamera;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole product on real servers: a clip through the ingest agent (face crops, and blurred
 * previews for the live view), the Flink job on a MiniCluster with the shipped model, PostgreSQL,
 * Kafka, the portal and a real SMTP server; an admin in a real Chromium edits a rule for the
 * running job and adds a network camera.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
  private static final int WINDOW_SECONDS = 2;
  /** Windows the portal's seeded rule needs (sustained anger, disgust or fear). */
  private static final int ALERT_WINDOWS = 3;
  /**
   * The job's default model (fast-v2) reads 68 % of FER2013 val anger faces as anger, disgust or
   * fear (its confusion matrix), so a 20-face window of them is above 35 % all but about 1 time
   * in 2,000, and above the seeded rule's 50 % only 97 times in 100 (three in a row: 92): that
   * would make this test fail on the model rather than on the pipeline. The test edits the
   * seeded rule in the rule editor, as an admin would.
   */
  private static final double ALERT_THRESHOLD = 0.35;
  private static final String CLIP_CAMERA = "e2e-clip";
  private static final String ANGER_CAMERA = "e2e-anger";
  private static final String ANGER_CAMERA_NAME = "Gate test camera";
  private static final String NETWORK_CAMERA = "e2e-mjpeg";
  private static final AdminLogin ADMIN = new AdminLogin("admin@e2e.test", "e2e-password");

  private static final StackLayout LAYOUT = StackLayout.fromWorkingDirectory();
  private static final List<JavaProcess> PROCESSES = new ArrayList<>();
  private static KafkaServer kafka;
  private static MailServer mail;
  private static Endpoints endpoints;
  private static int portalPort;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void startTheStack() throws Exception {
    Path clip = LAYOUT.shared().resolve("media/head-pose-face-detection-female.mp4");
    assumeTrue(Files.isRegularFile(clip), "sample media absent (" + clip + "): end-to-end test skipped");
    assumeTrue(Files.isDirectory(angerFaces()), "FER2013 val absent (" + angerFaces() + "): end-to-end test skipped");

    kafka = KafkaServer.shared();
    ProductTopics.create(kafka);
    PostgresServer pg = PostgresServer.shared();
    mail = MailServer.start(0);
    endpoints = new Endpoints(kafka.bootstrapServers(), pg.createDatabase("e2e"), pg.user(), pg.password(), mail.smtpPort());
    var cameras = List.of(
        new Camera(CLIP_CAMERA, "Reception test camera", "Lobby", clip.toString(), 5, true, 24),
        new Camera(ANGER_CAMERA, ANGER_CAMERA_NAME, "Gate 3", "unused", 5, false, 24));
    CameraRegistry.register(endpoints, cameras);

    Path logs = Path.of("target/e2e-logs");
    PROCESSES.add(JobProcess.start(LAYOUT, endpoints, Map.of(
        "window.seconds", String.valueOf(WINDOW_SECONDS)), logs.resolve("flink-job.log")));
    portalPort = FreePorts.pick();
    PROCESSES.add(PortalProcess.start(LAYOUT, endpoints, portalPort, ADMIN, logs.resolve("portal.log")));
    PROCESSES.add(IngestProcess.start(LAYOUT, endpoints, cameras.subList(0, 1),
        logs.resolve("ingest.properties"), logs.resolve("ingest.log")));
  }

  @AfterAll
  static void stopTheStack() {
    if (browser != null) {
      browser.quit();
    }
    PROCESSES.forEach(JavaProcess::close);
    if (mail != null) {
      mail.close();
    }
  }

  @Test
  @Order(1)
  void aClipThroughIngestBecomesWindowRowsWithPlausibleCounts() throws Exception {
    Await.until("two window rows with faces for the clip camera", Duration.ofSeconds(150),
        () -> query("SELECT count(*) FROM emotion_windows WHERE camera_id = ? AND faces > 0", CLIP_CAMERA) >= 2);
    assertProcessesAlive();
    // every face is counted under exactly one emotion
    assertThat(query("SELECT count(*) FROM emotion_windows WHERE camera_id = ? AND faces <>"
        + " anger + disgust + fear + happiness + neutral + sadness + surprise", CLIP_CAMERA)).isZero();
    // one person at 5 analysed frames/s cannot give more than a few faces per frame
    int maxFaces = 5 * WINDOW_SECONDS * 3;
    assertThat(query("SELECT max(faces) FROM emotion_windows WHERE camera_id = ?", CLIP_CAMERA))
        .isBetween(1L, (long) maxFaces);
  }

  @Test
  @Order(2)
  void theAgentsPreviewsOfTheClipCameraReachThePreviewsTopicMarkedBlurred() throws Exception {
    // one preview a second since the agent started; read until one of them shows a face (the
    // blur itself is checked on pixels in ingest's PreviewMakerTest)
    List<PreviewRecord> previews = new ArrayList<>();
    consumeUntil(Topics.PREVIEWS, Duration.ofSeconds(30), value -> {
      PreviewRecord preview = RecordCodec.PREVIEWS.decode(value);
      if (preview.cameraId().equals(CLIP_CAMERA)) {
        previews.add(preview);
      }
      return previews.stream().anyMatch(p -> !p.faces().isEmpty());
    });

    assertThat(previews).isNotEmpty().allSatisfy(preview -> {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.jpeg()));
      assertThat(image).as("a JPEG").isNotNull();
      assertThat(image.getWidth()).isEqualTo(preview.width()).isEqualTo(320); // previews.max-side
      assertThat(image.getHeight()).isEqualTo(preview.height());
      // the stack's cameras keep the privacy blur on (the agent's default)
      assertThat(preview.blurred()).isTrue();
      assertThat(preview.faces()).allSatisfy(face -> { // boxes in the preview's pixels
        assertThat(face.box().x()).isNotNegative();
        assertThat(face.box().y()).isNotNegative();
        assertThat(face.box().x() + face.box().width()).isLessThanOrEqualTo(preview.width());
        assertThat(face.box().y() + face.box().height()).isLessThanOrEqualTo(preview.height());
      });
    });
    // the clip's one person is in view most of the time
    assertThat(previews).anySatisfy(preview -> assertThat(preview.faces()).isNotEmpty());
  }

  @Test
  @Order(3)
  void sustainedAngerOpensOneEpisodeWithOneRowAndOneEmail() throws Exception {
    // two more windows than the rule needs: they extend the episode, and a second episode would
    // need a gap and three more, more than fit in the run
    int windows = ALERT_WINDOWS + 2;
    signedInBrowser();
    open("/rules/default-negative/edit");
    type("threshold", String.valueOf(Math.round(ALERT_THRESHOLD * 100)));
    browser.findElement(By.id("rule-save")).click();
    wait.until(ExpectedConditions.urlContains("/rules?saved=default-negative"));
    Await.until("the edited rule on the rules topic", Duration.ofSeconds(30), () -> seededRuleVersions().contains(2));
    Thread.sleep(WINDOW_SECONDS * 1_000L); // the job takes it from the topic within a window
    feedAngerFaces(windows);

    Await.until("an alert row for the anger camera", () -> "(its windows: " + angerWindows() + ")", Duration.ofSeconds(60),
        () -> query("SELECT count(*) FROM alerts WHERE camera_id = ?", ANGER_CAMERA) >= 1);
    Await.until("the alert email", Duration.ofSeconds(30), () -> !alertEmails().isEmpty());
    Thread.sleep(WINDOW_SECONDS * 3_000L); // windows after the first match must not raise more

    assertThat(query("SELECT count(*) FROM alerts WHERE camera_id = ?", ANGER_CAMERA)).isEqualTo(1);
    List<AlertRecord> records = alertRecordsOnKafka();
    assertThat(records).extracting(AlertRecord::alertId).containsOnly(records.get(0).alertId());
    assertThat(records).filteredOn(a -> a.phase() == AlertPhase.OPENED).hasSize(1);
    assertThat(records.get(0).ruleId()).isEqualTo("default-negative");
    assertThat(records.get(0).ruleVersion()).isEqualTo(2);
    assertThat(alertEmails()).hasSize(1);
    assertProcessesAlive();
  }

  @Test
  @Order(4)
  void aMalformedFaceGoesToTheDeadLetterTopicAndTheJobKeepsGoing() throws Exception {
    long rowsBefore = query("SELECT count(*) FROM emotion_windows WHERE camera_id = ?", CLIP_CAMERA);
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.FACES, CLIP_CAMERA, "{not a face".getBytes(StandardCharsets.UTF_8))).get();
    }
    var deadLetters = consumeAll(Topics.FACES_DLQ, Duration.ofSeconds(30), 1);
    assertThat(deadLetters).hasSize(1);
    var letter = RecordCodec.DEAD_LETTERS.decode(deadLetters.get(0));
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not a face");
    assertThat(letter.reason()).isNotBlank();
    Await.until("new window rows after the malformed record", Duration.ofSeconds(60),
        () -> query("SELECT count(*) FROM emotion_windows WHERE camera_id = ?", CLIP_CAMERA) > rowsBefore);
    assertProcessesAlive();
  }

  @Test
  @Order(5)
  void faceCropsAreKeptOnKafkaForOneHourOnly() throws Exception {
    try (var admin = Admin.create(Map.<String, Object>of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      var faces = new ConfigResource(ConfigResource.Type.TOPIC, Topics.FACES);
      var config = admin.describeConfigs(List.of(faces)).all().get().get(faces);
      assertThat(config.get("retention.ms").value()).isEqualTo(String.valueOf(Duration.ofHours(1).toMillis()));
    }
  }

  @Test
  @Order(6)
  void aNetworkCameraAddedInThePortalPassesTestConnectionAndGoesOnline() throws Exception {
    Path clip = LAYOUT.shared().resolve("media/classroom.mp4");
    try (HttpTestCamera camera = HttpTestCamera.start(HttpTestCamera.Jpegs.of(clip), null, 0)) {
      signedInBrowser();
      open("/cameras/new");
      type("id", NETWORK_CAMERA);
      type("name", "Corridor test camera");
      type("sourceUrl", camera.url("/camera.mjpg"));
      browser.findElement(By.id("test-connection")).click();
      wait.until(ExpectedConditions.attributeToBe(By.id("probe-result"), "data-ok", "true"));
      assertThat(browser.findElement(By.id("probe-details")).getText()).contains("480×270").contains("mjpeg");
      Chromium.screenshot(browser, "e2e-test-connection.png");
      browser.findElement(By.id("camera-save")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/cameras/new")));

      By badge = By.cssSelector("tr[data-camera-id='" + NETWORK_CAMERA + "'] .badge");
      Await.until("the camera list shows the new camera online", () -> "(it shows: " + browser.findElement(badge).getText() + ")",
          Duration.ofSeconds(90), () -> {
            open("/cameras");
            return browser.findElement(badge).getText().equalsIgnoreCase("online"); // the badge is set in capitals
          });
      Chromium.screenshot(browser, "e2e-cameras.png");
    }
    assertProcessesAlive();
  }

  /** A Chromium logged in to the stack's portal as its admin; skips the test without Chromium. */
  private static void signedInBrowser() throws Exception {
    Chromium.assumeInstalled();
    if (browser != null) {
      return;
    }
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    open("/login");
    type("username", ADMIN.email());
    type("password", ADMIN.password());
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.urlMatches(".*/cameras$"));
  }

  private static void open(String path) {
    browser.get("http://localhost:" + portalPort + path);
  }

  private static void type(String id, String text) {
    var field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static List<Integer> seededRuleVersions() throws MalformedRecordException {
    List<Integer> versions = new ArrayList<>();
    for (byte[] value : consumeAll(Topics.RULES, Duration.ofSeconds(3), Integer.MAX_VALUE)) {
      RuleRecord rule = value == null ? null : RecordCodec.RULES.decode(value);
      if (rule != null && rule.ruleId().equals("default-negative")) {
        versions.add(rule.version());
      }
    }
    return versions;
  }

  /** Anger faces from FER2013 val, published live through the ingest producer path. */
  private static void feedAngerFaces(int windows) throws Exception {
    List<Path> images;
    try (Stream<Path> files = Files.list(angerFaces())) {
      images = files.sorted().toList();
    }
    int perWindow = 20;
    long pause = WINDOW_SECONDS * 1000L / perWindow;
    try (var publisher = new FacePublisher(kafka.bootstrapServers(), Topics.FACES)) {
      for (int i = 0; i < windows * perWindow; i++) {
        BufferedImage image = ImageIO.read(images.get(i % images.size()).toFile());
        byte[] gray = GrayImages.pixels(image);
        publisher.publish(FaceRecords.fromGrayFace(ANGER_CAMERA, System.currentTimeMillis(),
            new Box(100, 80, image.getWidth(), image.getHeight()), 0.99f, gray, image.getWidth(), image.getHeight()));
        Thread.sleep(pause);
      }
    }
  }

  private static Path angerFaces() {
    return LAYOUT.shared().resolve("datasets/fer2013/val/angry");
  }

  private static List<AlertRecord> alertRecordsOnKafka() throws MalformedRecordException {
    List<AlertRecord> records = new ArrayList<>();
    for (byte[] value : consumeAll(Topics.ALERTS, Duration.ofSeconds(5), Integer.MAX_VALUE)) {
      AlertRecord alert = RecordCodec.ALERTS.decode(value);
      if (alert.cameraId().equals(ANGER_CAMERA)) {
        records.add(alert);
      }
    }
    return records;
  }

  /** Subjects of the alert emails about the anger camera (the clip camera may alert too). */
  private static List<String> alertEmails() throws Exception {
    List<String> subjects = new ArrayList<>();
    for (var message : mail.receivedMessages()) {
      if (message.getSubject().contains(ANGER_CAMERA_NAME)) {
        subjects.add(message.getSubject());
      }
    }
    return subjects;
  }

  private static List<byte[]> consumeAll(String topic, Duration timeout, int enough)
      throws MalformedRecordException {
    List<byte[]> values = new ArrayList<>();
    consumeUntil(topic, timeout, value -> {
      values.add(value);
      return values.size() >= enough;
    });
    return values;
  }

  /** Reads the topic from its start until {@code done} says so for a value, or the timeout. */
  private static void consumeUntil(String topic, Duration timeout, RecordPredicate done)
      throws MalformedRecordException {
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + topic + "-" + System.nanoTime(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          if (done.test(record.value())) {
            return;
          }
        }
      }
    }
  }

  private interface RecordPredicate {
    boolean test(byte[] value) throws MalformedRecordException;
  }

  /** faces/abnormal per window, to tell a pipeline failure from a model that read the faces otherwise. */
  private static String angerWindows() throws SQLException {
    try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUser(), endpoints.dbPassword());
        var st = c.prepareStatement("SELECT faces, anger + disgust + fear FROM emotion_windows"
            + " WHERE camera_id = ? ORDER BY window_start")) {
      st.setString(1, ANGER_CAMERA);
      var rs = st.executeQuery();
      List<String> windows = new ArrayList<>();
      while (rs.next()) {
        windows.add(rs.getInt(1) + " faces/" + rs.getInt(2) + " abnormal");
      }
      return windows.toString();
    }
  }

  private static long query(String sql, String camera) throws SQLException {
    try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUser(), endpoints.dbPassword());
        var st = c.prepareStatement(sql)) {
      st.setString(1, camera);
      var rs = st.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertProcessesAlive() {
    for (JavaProcess process : PROCESSES) {
      assertThat(process.isAlive()).as(process.name() + " is running (log: " + process.log() + ")").isTrue();
    }
  }
}
