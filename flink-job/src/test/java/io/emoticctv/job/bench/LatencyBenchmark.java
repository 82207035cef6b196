package io.emoticctv.job.bench;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.EmotionJob;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.LiveFaces;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * End-to-end latency of the running job against the targets, from capture time: live
 * cameras (capture time = now, 5 faces/s each) through the real broker into the job (on a local
 * MiniCluster, parallelism 1) and out to the real PostgreSQL and the {@code alerts} topic.
 * Faces are angry in even 10 s windows and neutral in odd ones, and one rule (anger share ≥ 0.5
 * for one window) covers every camera, so every camera opens an episode and resolves it every
 * 20 s. Measured, per result, from when it is first visible:
 *
 * <ul>
 *   <li>window row in {@code emotion_windows}: from the window's end;
 *   <li>alert record on {@code alerts} (a read_committed consumer) and alert row in {@code
 *       alerts}: from the face that completed the pattern: the first face captured at or after
 *       the deciding window's end plus the watermark's out-of-orderness, the earliest face that
 *       can close that window (event time is the smallest over the partitions, so the face that
 *       does may come a turn later: if anything the figure is too high).
 * </ul>
 *
 * Rows are looked for every 10 ms. The classifier is {@link FirstPixelClassifier} (no inference
 * cost: {@code bench job} measures the model); the baseline is the same run with Flink's default
 * network buffer timeout (100 ms). Email dispatch is the portal's: it starts from the alert
 * record measured here.
 *
 * <pre>
 * mvn -B -q -pl flink-job exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.emoticctv.job.bench.LatencyBenchmark [-Dexec.args="cameras seconds buffer-timeouts-ms..."]
 * </pre>
 *
 * Defaults: 10 cameras, 70 s per buffer timeout (the first 20 s are warm-up), the job's buffer
 * timeout then 100 ms; ratios are of each later run to the first.
 */
public final class LatencyBenchmark {
  private static final double FACES_PER_SECOND_PER_CAMERA = 5;
  private static final long WARM_UP_MILLIS = 20_000;
  private static final long FLINK_DEFAULT_BUFFER_TIMEOUT_MS = 100;
  private static final long LOOK_PAUSE_MILLIS = 10;

  private LatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (!OwnJvm.isOwn(LatencyBenchmark.class)) {
      System.exit(OwnJvm.run(LatencyBenchmark.class, args));
    }
    OwnJvm.exitWith(() -> measure(args));
  }

  /** @return the exit code */
  private static int measure(String[] args) throws Exception {
    int cameras = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 70;
    KafkaServer kafka = KafkaServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    List<OptionalLong> bufferTimeouts = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      bufferTimeouts.add(OptionalLong.of(Long.parseLong(args[i])));
    }
    if (bufferTimeouts.isEmpty()) {
      bufferTimeouts = List.of(OptionalLong.empty(), OptionalLong.of(FLINK_DEFAULT_BUFFER_TIMEOUT_MS));
    }

    List<Result> results = new ArrayList<>();
    for (OptionalLong bufferTimeout : bufferTimeouts) {
      results.add(run(kafka, postgres, cameras, seconds, bufferTimeout));
    }

    System.out.println();
    System.out.printf(Locale.ROOT,
        "%d live cameras x %.0f faces/s (capture time = now), %d s per run (%d s warm-up); classifier: first-pixel (no"
            + " inference); parallelism 1; window 10 s; watermark out-of-orderness %d ms; %d cores%n",
        cameras, FACES_PER_SECOND_PER_CAMERA, seconds, WARM_UP_MILLIS / 1000, EmotionJob.OUT_OF_ORDERNESS.toMillis(),
        Runtime.getRuntime().availableProcessors());
    System.out.println("| result (measured from) | network buffer timeout | samples | p50 ms | p95 ms | max ms | target |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    for (Result r : results) {
      r.rows().forEach(System.out::println);
    }
    if (results.size() > 1) {
      Result job = results.get(0);
      System.out.println();
      System.out.println("| result | buffer timeouts | p50 ratio | p95 ratio |");
      System.out.println("|---|---|---:|---:|");
      for (Result other : results.subList(1, results.size())) {
        System.out.println(ratio("window row", other.bufferTimeout, job.bufferTimeout, other.windowRows, job.windowRows));
        System.out.println(ratio("alert record", other.bufferTimeout, job.bufferTimeout, other.alertRecords, job.alertRecords));
        System.out.println(ratio("alert row", other.bufferTimeout, job.bufferTimeout, other.alertRows, job.alertRows));
      }
    }
    return 0;
  }

  /** @param bufferTimeoutOverride the network buffer timeout, or empty for the job's own */
  private static Result run(KafkaServer kafka, PostgresServer postgres, int cameras, int seconds,
      OptionalLong bufferTimeoutOverride) throws Exception {
    String run = "latency-" + System.currentTimeMillis();
    String jdbcUrl = postgres.createDatabase(run.replace('-', '_'));
    JobRunner runner = new JobRunner(kafka, postgres, jdbcUrl);
    JobConfig config = bufferTimeoutOverride.isPresent()
        ? runner.config(run, "--network.buffer-timeout-ms", String.valueOf(bufferTimeoutOverride.getAsLong()))
        : runner.config(run);
    long bufferTimeout = config.networkBufferTimeout().toMillis();
    RuleRecord rule = Fixtures.cameraRule("latency", RuleKind.SUSTAINED, "", 0.5, 1); // no camera: every camera
    KafkaTestClient.send(kafka.bootstrapServers(), List.of(new ProducerRecord<>(config.topics().rules(),
        rule.ruleId().getBytes(StandardCharsets.UTF_8), RecordCodec.RULES.encode(rule))));
    long outOfOrderness = EmotionJob.OUT_OF_ORDERNESS.toMillis();
    List<String> cameraIds = IntStream.range(0, cameras).mapToObj(i -> run + "-cam-" + i).toList();

    JobClient job = runner.start(config, FirstPixelClassifier.FACTORY, run, 1);
    while (job.getJobStatus().get() != JobStatus.RUNNING) {
      Thread.sleep(100);
    }
    System.out.printf("buffer timeout %d ms: job running, %d live cameras for %d s%n", bufferTimeout, cameras, seconds);
    long start;
    long end;
    try (TableLook windowTable = new TableLook(jdbcUrl, postgres.user(), postgres.password(),
            "SELECT camera_id || '@' || window_start, (EXTRACT(EPOCH FROM window_end) * 1000)::bigint FROM emotion_windows");
        TableLook alertTable = new TableLook(jdbcUrl, postgres.user(), postgres.password(),
            "SELECT alert_id || '/' || phase, (EXTRACT(EPOCH FROM updated_at) * 1000)::bigint FROM alerts");
        AlertTopicLook alertTopic = new AlertTopicLook(kafka.bootstrapServers(), config.topics().alerts());
        FirstSeen windowRows = new FirstSeen("window-rows", windowTable, LOOK_PAUSE_MILLIS);
        FirstSeen alertRows = new FirstSeen("alert-rows", alertTable, LOOK_PAUSE_MILLIS);
        FirstSeen alertRecords = new FirstSeen("alert-records", alertTopic, 0)) {
      start = System.currentTimeMillis();
      LiveFaces live = new LiveFaces(kafka.bootstrapServers(), config.topics().faces(), null, cameraIds,
          FACES_PER_SECOND_PER_CAMERA, LatencyBenchmark::angryInEvenWindows);
      try {
        Thread.sleep(seconds * 1000L);
      } finally {
        live.close();
      }
      end = System.currentTimeMillis();
      Thread.sleep(2_000); // what the last faces closed becomes visible
      job.cancel().get();
      // only windows closed by live faces: a window ending less than the out-of-orderness before
      // the last face closes later, when its partition has gone idle
      long measuredFrom = start + WARM_UP_MILLIS;
      long windowsTo = end - outOfOrderness - 1_000;
      return new Result(bufferTimeout,
          Percentiles.of(latencies(windowRows.between(measuredFrom, windowsTo))),
          Percentiles.of(fromCompletingFace(alertRecords.between(measuredFrom, windowsTo), outOfOrderness, live)),
          Percentiles.of(fromCompletingFace(alertRows.between(measuredFrom, windowsTo), outOfOrderness, live)));
    }
  }

  private static Emotion angryInEvenWindows(long captureTime) {
    return Math.floorDiv(captureTime, Fixtures.WINDOW) % 2 == 0 ? Emotion.ANGER : Emotion.NEUTRAL;
  }

  private static List<Long> latencies(List<FirstSeen.Sighting> sightings) {
    return sightings.stream().map(FirstSeen.Sighting::latency).toList();
  }

  /**
   * Latencies of alert results dated by their deciding window's end, from the face that completed
   * them: the first captured once that window end plus the out-of-orderness had passed.
   */
  private static List<Long> fromCompletingFace(List<FirstSeen.Sighting> sightings, long outOfOrderness, LiveFaces live) {
    return sightings.stream()
        .map(s -> s.seenAt() - live.firstCaptureFrom(s.from() + outOfOrderness).orElseThrow(
            () -> new IllegalStateException(s.key() + " was decided by no face that was sent")))
        .toList();
  }

  private static String ratio(String result, long baseline, long job, Percentiles slower, Percentiles faster) {
    return String.format(Locale.ROOT, "| %s | %d ms / %d ms | %.1f | %.1f |", result, baseline, job,
        (double) slower.p50() / faster.p50(), (double) slower.p95() / faster.p95());
  }

  private record Result(long bufferTimeout, Percentiles windowRows, Percentiles alertRecords, Percentiles alertRows) {
    List<String> rows() {
      return List.of(
          row("window row in PostgreSQL (window end)", windowRows, "p95 <= 1000"),
          row("alert record on Kafka, read_committed (completing face)", alertRecords, "p50 <= 300, p95 <= 1000"),
          row("alert row in PostgreSQL (completing face)", alertRows, "p50 <= 300, p95 <= 1000"));
    }

    private String row(String result, Percentiles p, String target) {
      return String.format(Locale.ROOT, "| %s | %d ms | %s | %s |", result, bufferTimeout, p.cells(), target);
    }
  }
}
