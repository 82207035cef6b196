package io.emoticctv.portal;

import org.apache.kafka.clients.admin.OffsetSpec;

import org.apache.kafka.clients.admin.AdminClientConfig;

import org.apache.kafka.clients.admin.Admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.MailServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.portal.cameras.ConnectionProbe;
import io.emoticctv.portal.kafka.PortalFeeds;
import io.emoticctv.portal.live.LiveWallHub;
import io.emoticctv.portal.users.PasswordHasher;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A running portal on the real embedded PostgreSQL, Kafka broker and SMTP server of the test
 * JVM, with a database, topics and consumer groups of its own.
 */
final class PortalFixture implements AutoCloseable {
  static final String ADMIN_EMAIL = "admin@emoticctv.test";
  static final String ADMIN_PASSWORD = "correct horse battery";

  final String name;
  final String jdbcUrl;
  final String windowsTopic;
  final String statusTopic;
  final String alertsTopic;
  final String camerasTopic;
  final String rulesTopic;
  final String probesTopic;
  final String probeResultsTopic;
  final String previewsTopic;
  final String trackEmotionsTopic;
  private MailServer mail;
  private final int smtpPort;
  final EmbeddedServer server;
  private final PostgresServer postgres;
  private final KafkaProducer<String, byte[]> producer;

  private PortalFixture(String name, Map<String, Object> extraConfig) {
    this.name = name;
    this.postgres = PostgresServer.shared();
    this.jdbcUrl = postgres.createDatabase(name);
    KafkaServer kafka = KafkaServer.shared();
    this.windowsTopic = name + "-emotion-windows";
    this.statusTopic = name + "-camera-status";
    this.alertsTopic = name + "-alerts";
    this.camerasTopic = name + "-cameras";
    this.rulesTopic = name + "-rules";
    this.probesTopic = name + "-camera-probes";
    this.probeResultsTopic = name + "-camera-probe-results";
    this.previewsTopic = name + "-previews";
    this.trackEmotionsTopic = name + "-track-emotions";
    kafka.createTopic(windowsTopic, 2);
    kafka.createTopic(statusTopic, 2);
    kafka.createTopic(alertsTopic, 2);
    kafka.createTopic(probesTopic, 1);
    kafka.createTopic(probeResultsTopic, 1);
    kafka.createTopic(previewsTopic, 1);
    kafka.createTopic(trackEmotionsTopic, 1);
    this.mail = MailServer.start(0);
    this.smtpPort = mail.smtpPort();
    Map<String, Object> config = new HashMap<>();
    config.put("micronaut.server.port", -1);
    config.put("datasources.default.url", jdbcUrl);
    config.put("datasources.default.username", postgres.user());
    config.put("datasources.default.password", postgres.password());
    config.put("emoticctv.kafka.bootstrap-servers", kafka.bootstrapServers());
    config.put("emoticctv.kafka.group-id-prefix", name);
    config.put("emoticctv.kafka.emotion-windows-topic", windowsTopic);
    config.put("emoticctv.kafka.camera-status-topic", statusTopic);
    config.put("emoticctv.kafka.alerts-topic", alertsTopic);
    config.put("emoticctv.kafka.cameras-topic", camerasTopic);
    config.put("emoticctv.kafka.rules-topic", rulesTopic);
    config.put("emoticctv.kafka.camera-probes-topic", probesTopic);
    config.put("emoticctv.kafka.camera-probe-results-topic", probeResultsTopic);
    config.put("emoticctv.camera-probe.timeout", "5s");
    config.put("emoticctv.kafka.previews-topic", previewsTopic);
    config.put("emoticctv.kafka.track-emotions-topic", trackEmotionsTopic);
    // no internet in tests: tiles from the portal itself (they 404; the markers are what counts)
    config.put("emoticctv.map.tile-url", "/static/no-tiles/{z}/{x}/{y}.png");
    config.put("emoticctv.camera-health.check-every", "1s");
    // tests email bursts of alerts; AlertDigestIT turns digests on
    config.put("emoticctv.alert-emails.digest-after", 1000);
    config.put("emoticctv.alert-emails.digest-check-every", "1s");
    config.put("javamail.properties.mail.smtp.host", "127.0.0.1");
    config.put("javamail.properties.mail.smtp.port", mail.smtpPort());
    config.put("emoticctv.portal.public-base-url", "http://portal.example.test");
    config.put("emoticctv.admin.email", ADMIN_EMAIL);
    config.put("emoticctv.admin.password", ADMIN_PASSWORD);
    config.putAll(extraConfig);
    this.server = ApplicationContext.run(EmbeddedServer.class, config);
    this.producer = new KafkaProducer<>(producerProperties(kafka.bootstrapServers()));
    PortalFeeds feeds = server.getApplicationContext().getBean(PortalFeeds.class);
    ConnectionProbe probes = bean(ConnectionProbe.class);
    LiveWallHub wall = bean(LiveWallHub.class);
    await(
        "the portal's Kafka consumers to get their partitions",
        Duration.ofSeconds(30),
        () -> feeds.ready() && probes.ready() && wall.ready());
  }

  static PortalFixture start(String name) {
    return new PortalFixture(name, Map.of());
  }

  /** With {@code extraConfig} set on top of the fixture's configuration. */
  static PortalFixture start(String name, Map<String, Object> extraConfig) {
    return new PortalFixture(name, extraConfig);
  }

  /** How many audit events of {@code action} name {@code actor}. */
  int auditCount(String actor, String action) throws SQLException {
    try (Connection c = db();
        PreparedStatement st = c.prepareStatement("SELECT count(*) FROM audit_events WHERE actor = ? AND action = ?")) {
      st.setString(1, actor);
      st.setString(2, action);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static Properties producerProperties(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    return props;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getPort() + path);
  }

  <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }

  MailServer mail() {
    return mail;
  }

  /** Stops the SMTP server, as an outage would. */
  void stopMail() {
    mail.close();
  }

  /** Starts a new, empty SMTP server where the portal expects it. */
  void restartMail() {
    mail = MailServer.start(smtpPort);
  }

  PortalSession session() {
    return new PortalSession(this);
  }

  /** A session logged in as {@code email}, asserting the login leads to the camera list. */
  PortalSession loggedIn(String email, String password) {
    PortalSession session = session();
    assertThat(session.login(email, password).headers().firstValue("Location")).hasValue("/cameras");
    return session;
  }

  /** Waits until the portal's consumer group {@code <name>-<feed>} committed everything on {@code topic}. */
  void awaitHandled(String feed, String topic) {
    try (Admin admin = Admin.create(Map.<String, Object>of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaServer.shared().bootstrapServers()))) {
      await(feed + " records handled", Duration.ofSeconds(20), () -> {
        try {
          var committed = admin.listConsumerGroupOffsets(name + "-" + feed).partitionsToOffsetAndMetadata().get();
          var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
          for (var p : partitions) {
            TopicPartition tp = new TopicPartition(topic, p.partition());
            long end = admin.listOffsets(Map.of(tp, OffsetSpec.latest())).all().get().get(tp).offset();
            var done = committed.get(tp);
            if (end > 0 && (done == null || done.offset() < end)) {
              return false;
            }
          }
          return true;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  void produce(String topic, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot produce to " + topic, e);
    }
  }

  Connection db() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
  }

  /** The first column of the first row {@code sql} returns, as text; null when it returns no row. */
  String query(String sql) throws SQLException {
    try (Connection c = db();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Waits until {@link #query} of {@code sql} reads {@code expected}. */
  void awaitQuery(String what, Duration timeout, String sql, String expected) {
    await(what, timeout, () -> {
      try {
        return expected.equals(query(sql));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Runs one INSERT, UPDATE or DELETE. */
  void execute(String sql) throws SQLException {
    try (Connection c = db();
        Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  void insertCamera(String id, String name, String location) throws SQLException {
    try (Connection c = db();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO cameras (id, name, location, source_url) VALUES (?, ?, ?, ?)")) {
      st.setString(1, id);
      st.setString(2, name);
      st.setString(3, location);
      st.setString(4, "file:///clips/" + id + ".mp4");
      st.executeUpdate();
    }
  }

  void insertUser(String email, String role, boolean alertEmails) throws SQLException {
    try (Connection c = db();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO users (email, display_name, password_hash, role, alert_emails)"
                    + " VALUES (?, ?, 'no login', ?, ?)")) {
      st.setString(1, email);
      st.setString(2, email);
      st.setString(3, role);
      st.setBoolean(4, alertEmails);
      st.executeUpdate();
    }
  }

  /** A user who can log in with {@code password}. */
  void insertUserWithPassword(String email, String role, String password) throws SQLException {
    String hash = bean(PasswordHasher.class).hash(password);
    try (Connection c = db();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO users (email, display_name, password_hash, role) VALUES (?, ?, ?, ?)")) {
      st.setString(1, email);
      st.setString(2, email);
      st.setString(3, hash);
      st.setString(4, role);
      st.executeUpdate();
    }
  }

  /** Stores an alert's row the way the job does. */
  void insertAlert(AlertRecord a) throws SQLException {
    try (Connection c = db();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO alerts (alert_id, camera_id, emotion, severity, first_window_start,"
                    + " opened_at, peak_share, windows, rule, model) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      st.setString(1, a.alertId());
      st.setString(2, a.cameraId());
      st.setString(3, a.emotion().name());
      st.setString(4, a.severity().name());
      st.setTimestamp(5, Timestamp.from(Instant.ofEpochMilli(a.firstWindowStart())));
      st.setTimestamp(6, Timestamp.from(Instant.ofEpochMilli(a.openedAt())));
      st.setFloat(7, (float) a.peakShare());
      st.setInt(8, a.windows());
      st.setString(9, a.rule());
      st.setString(10, a.model());
      st.executeUpdate();
    }
  }

  /** Stores a window the way the job's sink does. */
  void insertWindow(EmotionWindow w) throws SQLException {
    StringBuilder sql =
        new StringBuilder("INSERT INTO emotion_windows (camera_id, window_start, window_end, faces");
    for (Emotion e : Emotion.values()) {
      sql.append(", ").append(e.key());
    }
    for (Emotion e : Emotion.values()) {
      sql.append(", p_").append(e.key());
    }
    sql.append(", model) VALUES (?, ?, ?, ?").append(", ?".repeat(2 * Emotion.COUNT)).append(", ?)");
    try (Connection c = db();
        PreparedStatement st = c.prepareStatement(sql.toString())) {
      int i = 1;
      st.setString(i++, w.cameraId());
      st.setTimestamp(i++, Timestamp.from(Instant.ofEpochMilli(w.windowStart())));
      st.setTimestamp(i++, Timestamp.from(Instant.ofEpochMilli(w.windowEnd())));
      st.setInt(i++, w.faces());
      for (int count : w.counts()) {
        st.setInt(i++, count);
      }
      for (float p : w.meanProbabilities()) {
        st.setFloat(i++, p);
      }
      st.setString(i, w.model());
      st.executeUpdate();
    }
  }

  /** A 10 s window whose faces' dominant emotions are {@code counts}, in Emotion order. */
  static EmotionWindow window(String cameraId, Instant start, int... counts) {
    assertThat(counts).hasSize(Emotion.COUNT);
    int faces = Arrays.stream(counts).sum();
    float[] probabilities = new float[Emotion.COUNT];
    for (int i = 0; i < Emotion.COUNT; i++) {
      probabilities[i] = faces == 0 ? 0 : (float) counts[i] / faces;
    }
    return new EmotionWindow(
        EmotionWindow.SCHEMA_VERSION,
        cameraId,
        start.toEpochMilli(),
        start.plusSeconds(10).toEpochMilli(),
        faces,
        counts,
        probabilities,
        0,
        "fer-cnn-test",
        "");
  }

  /**
   * The records of one key in a one-partition topic, oldest first, read to the topic's current
   * end; a tombstone's value is null.
   */
  List<ConsumerRecord<String, byte[]>> topicRecords(String topic, String key) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaServer.shared().bootstrapServers());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    TopicPartition partition = new TopicPartition(topic, 0);
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (consumer.position(partition) < end && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (key.equals(r.key())) {
            found.add(r);
          }
        }
      }
    }
    return found;
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    server.getApplicationContext().close();
    mail.close();
  }
}
