package io.emoticctv.infra.stack;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.MailServer;
import io.emoticctv.infra.servers.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./emoticctv up}: the whole product on this machine. Kafka (KRaft), PostgreSQL and an
 * SMTP server run in this JVM; the Flink job (MiniCluster), the portal and one ingest agent for
 * the four demo cameras each run in their own JVM. Ctrl-C stops everything; data stays in the
 * data folder for the next start. Options: see {@link StackOptions}.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

  private final List<AutoCloseable> running = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    StackOptions options = StackOptions.parse(args);
    LocalStack stack = new LocalStack();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping EmotiCCTV ...");
      stack.close();
      stopped.countDown();
    }, "stack-shutdown"));
    try {
      stack.start(StackLayout.fromWorkingDirectory(), options);
    } catch (RuntimeException e) {
      LOG.error("EmotiCCTV could not start: {}", e.getMessage(), e);
      System.exit(1);
    }
    stopped.await();
  }

  private void start(StackLayout layout, StackOptions options) throws Exception {
    long startedAt = System.currentTimeMillis();
    Path data = options.dataDir();
    Path logs = data.resolve("logs");
    KafkaServer kafka = keep(KafkaServer.start(data.resolve("kafka"), options.kafkaPort()));
    ProductTopics.create(kafka);
    PostgresServer postgres = keep(PostgresServer.startEmbedded(data.resolve("postgres"), options.postgresPort()));
    String jdbcUrl = postgres.ensureDatabase("emoticctv");
    MailServer mail = keep(MailServer.start(options.smtpPort()));
    keep(new MailDrop(mail, data.resolve("mail")));
    var endpoints = new Endpoints(kafka.bootstrapServers(), jdbcUrl, postgres.user(), postgres.password(), mail.smtpPort());
    LOG.info("Kafka {}, PostgreSQL {}, SMTP 127.0.0.1:{}", kafka.bootstrapServers(), jdbcUrl, mail.smtpPort());

    var cameras = DemoCameras.in(layout.demoClips());
    CameraRegistry.register(endpoints, cameras);
    AdminLogin admin = AdminLogin.inDataDir(data);
    keep(JobProcess.start(layout, endpoints, Map.of(), logs.resolve("flink-job.log")));
    keep(PortalProcess.start(layout, endpoints, options.portalPort(), admin, logs.resolve("portal.log")));
    keep(IngestProcess.start(layout, endpoints, cameras, data.resolve("ingest.properties"), logs.resolve("ingest.log")));

    String url = "http://localhost:" + options.portalPort();
    awaitPortal(url);
    LOG.info("");
    LOG.info("EmotiCCTV is up: {}   (log in as {} / {})", url, admin.email(), admin.password());
    LOG.info("Mail the portal sends lands in {} (IMAP on 127.0.0.1:{}); process logs in {}",
        data.resolve("mail"), mail.imapPort(), logs);
    LOG.info("Press Ctrl-C to stop.");
    long firstRow = awaitFirstWindowRow(endpoints);
    LOG.info("first emotion window row {} s after start", (firstRow - startedAt) / 1000.0);
  }

  private <T extends AutoCloseable> T keep(T resource) {
    running.add(resource);
    return resource;
  }

  private static void awaitPortal(String url) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (int attempt = 0; attempt < 180; attempt++) {
      try {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() < 500) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the portal did not answer on " + url + " within 3 minutes; see data/logs/portal.log");
  }

  private static long awaitFirstWindowRow(Endpoints db) throws Exception {
    try (var c = DriverManager.getConnection(db.jdbcUrl(), db.dbUser(), db.dbPassword())) {
      long seenBefore = windowRows(c);
      while (windowRows(c) == seenBefore) {
        Thread.sleep(500);
      }
      return System.currentTimeMillis();
    }
  }

  private static long windowRows(java.sql.Connection c) throws java.sql.SQLException {
    try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM emotion_windows")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Stops the product processes first, then the servers they use, in reverse start order. */
  @Override
  public synchronized void close() {
    for (int i = running.size() - 1; i >= 0; i--) {
      try {
        running.get(i).close();
      } catch (Exception e) {
        LOG.warn("while stopping: {}", e.getMessage());
      }
    }
    running.clear();
  }
}
