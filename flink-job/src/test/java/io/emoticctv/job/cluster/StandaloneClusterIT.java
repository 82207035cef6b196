package io.emoticctv.job.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.EmotionJobMain;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.Rows;
import io.emoticctv.models.ModelDirectory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.SavepointFormatType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The job's own jar and {@code main} on a real standalone session cluster: a JobManager and two
 * TaskManagers, each its own JVM, against the embedded Kafka and PostgreSQL. After a normal run,
 * a cancel-with-savepoint and restore, and a TaskManager killed mid-stream, every window's row
 * counts exactly the faces produced for it. Rules and alerts are not asserted here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final int PARALLELISM = 2;
  private static final Pattern VERTEX_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern COUNTER = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");

  private static StandaloneCluster cluster;
  private static JobJar jobJar;
  private static KafkaServer kafka;
  private static PostgresServer postgres;
  private static String jdbcUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    kafka = KafkaServer.shared();
    postgres = PostgresServer.shared();
    jdbcUrl = postgres.createDatabase("standalone_cluster_it");
    FlinkClasspaths classpaths = FlinkClasspaths.split(
        FlinkClasspaths.readClasspathFile(Path.of("target/runtime-classpath.txt")),
        List.of(FlinkClasspaths.findJar(System.getProperty("java.class.path"), "flink-metrics-prometheus-")));
    jobJar = new JobJar(moduleJar(), classpaths.user(), EmotionJobMain.class.getName());
    // under target/, so the processes' logs outlive a failed run
    Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target/standalone-cluster")), "it-");
    cluster = StandaloneCluster.start(ClusterSpec.local(work, classpaths, 2), TIMEOUT);
  }

  /** Cancels what a test left running, so a failed test does not hold slots and cores for the next. */
  @AfterEach
  void cancelJobs() throws Exception {
    for (var status : cluster.client().listJobs().get()) {
      if (!status.getJobState().isGloballyTerminalState()) {
        cluster.client().cancel(status.getJobId()).get();
      }
    }
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** The jar {@code package} built from this module (the job's classes only; dependencies ride along as user jars). */
  private static Path moduleJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("flink-job-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/flink-job-*.jar: run mvn package first"));
    }
  }

  @Test
  @Order(1)
  void facesProducedToKafkaEndAsWindowRowsAndTheTaskManagersExportMetrics() throws Exception {
    Run run = new Run("plain");
    JobID job = run.submit(null);
    for (int w = 0; w < 4; w++) {
      run.produce(run.faces.window(w));
    }
    run.produce(run.faces.closingFaces(6));
    run.awaitWindowRows();

    long recordsIn = 0;
    for (FlinkProcess taskManager : cluster.taskManagers()) {
      recordsIn += sumOf(scrape(taskManager.prometheusPort()), "flink_taskmanager_job_task_operator_numRecordsIn");
    }
    assertThat(recordsIn).as("numRecordsIn over both TaskManagers' /metrics").isGreaterThan(0);
  }

  @Test
  @Order(2)
  void aJobCancelledWithASavepointAndRestoredCountsEveryFaceOnce() throws Exception {
    Run run = new Run("savepoint");
    JobID first = run.submit(null);
    for (int w = 0; w < 4; w++) {
      run.produce(run.faces.window(w));
      Thread.sleep(400);
    }
    run.awaitSomeRows();
    String savepoint = cluster.client().cancelWithSavepoint(first, null, SavepointFormatType.CANONICAL).get();
    awaitStatus(first, JobStatus.CANCELED);
    for (int w = 4; w < 7; w++) { // while no job runs
      run.produce(run.faces.window(w));
    }
    JobID restored = run.submit(savepoint);
    for (int w = 7; w < 10; w++) {
      run.produce(run.faces.window(w));
      Thread.sleep(400);
    }
    run.produce(run.faces.closingFaces(12));
    run.awaitWindowRows();
    assertThat(checkpointCount(restored, "restored")).as("restored from the savepoint").isEqualTo(1);
  }

  @Test
  @Order(3)
  void killingATaskManagerMidStreamRestartsTheJobFromItsLastCheckpointOnTheSurvivor() throws Exception {
    Run run = new Run("failover");
    JobID job = run.submit(null);
    for (int w = 0; w < 5; w++) {
      run.produce(run.faces.window(w));
      Thread.sleep(400);
    }
    run.awaitSomeRows();
    awaitCheckpointCount(job, "completed", 1);
    FlinkProcess victim = cluster.busyTaskManagers().get(0);
    victim.kill();
    for (int w = 5; w < 10; w++) {
      run.produce(run.faces.window(w));
      Thread.sleep(400);
    }
    run.produce(run.faces.closingFaces(12));
    run.awaitWindowRows();
    assertThat(cluster.registeredTaskManagers()).isEqualTo(1);
    assertThat(cluster.busyTaskManagers()).doesNotContain(victim);
    awaitCheckpointCount(job, "restored", 1);
  }

  /** One job over its own topics and consumer group, and the faces produced for it. */
  private static final class Run {
    final String name;
    final String faceTopic;
    final WindowedFaces faces;
    final List<JobID> jobs = new ArrayList<>();

    Run(String name) {
      this.name = "cluster-" + name;
      this.faceTopic = "faces-" + this.name;
      this.faces = new WindowedFaces(faceTopic, this.name + "-cam", 5);
      kafka.createTopic(faceTopic, PARALLELISM);
      // created up front: a topic the broker creates on a producer's first send can stall an
      // idempotent producer on OUT_OF_ORDER_SEQUENCE_NUMBER, and with it the whole job
      for (String topic : List.of("faces-dlq-", "emotion-windows-", "alerts-", "track-emotions-")) {
        kafka.createTopic(topic + this.name, 1);
      }
    }

    JobID submit(String savepoint) throws Exception {
      Path repo = Path.of(System.getProperty("emoticctv.repo", "..")).toAbsolutePath().normalize();
      List<String> args = List.of(
          "--kafka.bootstrap", kafka.bootstrapServers(),
          "--group.id", name,
          "--topics.faces", faceTopic,
          "--topics.faces-dlq", "faces-dlq-" + name,
          "--topics.emotion-windows", "emotion-windows-" + name,
          "--topics.alerts", "alerts-" + name,
          "--topics.track-emotions", "track-emotions-" + name,
          "--jdbc.url", jdbcUrl,
          "--jdbc.user", postgres.user(),
          "--jdbc.password", postgres.password(),
          "--model.dir", repo.resolve(ModelDirectory.JOB_DEFAULT).toString(),
          "--checkpoint.interval-ms", "1000");
      JobID job = cluster.submit(jobJar, args, PARALLELISM, savepoint);
      jobs.add(job);
      awaitRunning(job);
      return job;
    }

    void produce(List<org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]>> records) {
      KafkaTestClient.send(kafka.bootstrapServers(), records);
    }

    Map<String, Long> windowRows() throws Exception {
      return Rows.facesPerWindow(jdbcUrl, postgres.user(), postgres.password(), "camera_id LIKE ?", name + "-cam-%");
    }


    /** Until every produced window's row counts its faces (rows of other windows may exist: the closing ones stay open). */
    void awaitWindowRows() throws Exception {
      Map<String, Long> expected = faces.expected();
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      Map<String, Long> actual = Map.of();
      while (System.nanoTime() < deadline) {
        Map<String, Long> rows = windowRows();
        actual = new HashMap<>(rows);
        actual.keySet().retainAll(expected.keySet());
        if (actual.equals(expected)) {
          return;
        }
        Thread.sleep(500);
      }
      assertThat(actual).as("faces per camera and window, logs in " + cluster.logDir()).isEqualTo(expected);
    }

    void awaitSomeRows() throws Exception {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (windowRows().keySet().stream().noneMatch(faces.expected()::containsKey)) {
        assertThat(System.nanoTime()).as("a first window row, logs in " + cluster.logDir()).isLessThan(deadline);
        Thread.sleep(300);
      }
    }
  }

  private static void awaitStatus(JobID job, JobStatus status) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (cluster.client().getJobStatus(job).get() != status) {
      assertThat(System.nanoTime()).as("job " + status).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  /** Until every vertex of the job runs (the TaskManagers load the model first, which takes a while). */
  private static void awaitRunning(JobID job) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      Matcher m = VERTEX_STATUS.matcher(cluster.get("/jobs/" + job));
      List<String> statuses = new ArrayList<>();
      while (m.find()) {
        statuses.add(m.group(1));
      }
      if (!statuses.isEmpty() && statuses.stream().allMatch("RUNNING"::equals)) {
        return;
      }
      assertThat(System.nanoTime()).as("all tasks running: " + statuses).isLessThan(deadline);
      Thread.sleep(300);
    }
  }

  private static void awaitCheckpointCount(JobID job, String counter, long atLeast) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (checkpointCount(job, counter) < atLeast) {
      assertThat(System.nanoTime()).as(counter + " checkpoints").isLessThan(deadline);
      Thread.sleep(300);
    }
  }

  /** A counter of {@code /jobs/<id>/checkpoints}: completed, restored, failed, … */
  private static long checkpointCount(JobID job, String counter) throws Exception {
    Matcher m = Pattern.compile(String.format(COUNTER.pattern(), counter)).matcher(cluster.get("/jobs/" + job + "/checkpoints"));
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static String scrape(int port) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The sum of every sample of {@code metric} in a Prometheus text exposition. */
  private static long sumOf(String exposition, String metric) {
    return exposition.lines()
        .filter(line -> line.startsWith(metric + "{"))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
