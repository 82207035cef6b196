package io.emoticctv.job.bench;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.load.FaceCrops;
import io.emoticctv.job.load.LoadGenerator;
import io.emoticctv.job.load.LoadPlan;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.ModelUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Does the job keep up with N cameras? For each N, the real job (on a local MiniCluster, with the
 * trained model when present, or with {@code constant}: aggregation path only, no inference)
 * consumes live faces from {@link LoadGenerator} (N cameras x 5 faces/s, real FER-2013 crops)
 * while the consumer lag (end offsets minus the job's committed offsets, which it commits on each
 * checkpoint) is measured after a warm-up (model loading) and at the end. Lag that stays flat
 * means the job keeps up; lag that grows means it does not.
 *
 * <pre>
 * mvn -B -q -pl flink-job exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.emoticctv.job.bench.ScaleBenchmark [-Dexec.args="seconds parallelism model|constant cameras..."]
 * </pre>
 *
 * Defaults: 45 s per step (the first 15 s are warm-up), parallelism 2, the model, 50 100 200 300
 * cameras.
 */
public final class ScaleBenchmark {
  private static final double FACES_PER_SECOND_PER_CAMERA = 5;
  private static final int WARM_UP_SECONDS = 15;
  /** Lag may grow by at most this many seconds of input over the measured part and still count as flat. */
  private static final double FLAT_SECONDS = 3;

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (!OwnJvm.isOwn(ScaleBenchmark.class)) {
      System.exit(OwnJvm.run(ScaleBenchmark.class, args));
    }
    OwnJvm.exitWith(() -> measure(args));
  }

  /** @return the exit code */
  private static int measure(String[] args) throws Exception {
    System.setProperty("ai.djl.offline", "true");
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 45;
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    boolean constant = args.length > 2 && args[2].equals("constant");
    if (args.length > 2 && !constant && !args[2].equals("model")) {
      throw new IllegalArgumentException("third argument: model or constant, was " + args[2]);
    }
    int[] steps = args.length > 3
        ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {50, 100, 200, 300};

    KafkaServer kafka = KafkaServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    JobRunner runner = new JobRunner(kafka, postgres, postgres.createDatabase("scale_benchmark"));
    ModelUnderTest model = constant
        ? new ModelUnderTest(ConstantClassifier.FACTORY, "constant: aggregation path only, no inference")
        : ModelUnderTest.preferTrained();
    Path repo = Path.of(System.getProperty("emoticctv.repo", "..")).toAbsolutePath().normalize();
    FaceCrops crops = FaceCrops.load(repo.resolveSibling("shared").resolve("datasets/fer2013/val"), 2_000);

    List<String> rows = new ArrayList<>();
    for (int cameras : steps) {
      Step step = runStep(kafka, runner, model, crops, cameras, seconds, parallelism);
      rows.add(step.row());
      System.out.println(step.row());
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "model %s; parallelism %d; %.0f faces/s per camera; %d s per step (%d s warm-up); crops: %s; %d cores%n",
        model.description(), parallelism, FACES_PER_SECOND_PER_CAMERA, seconds, WARM_UP_SECONDS, crops.origin(),
        Runtime.getRuntime().availableProcessors());
    System.out.println("| cameras | offered faces/s | consumed faces/s | lag after warm-up | lag at end | lag growth (s of input) | flat? |");
    System.out.println("|--------:|----------------:|-----------------:|------------------:|-----------:|------------------------:|:------|");
    rows.forEach(System.out::println);
    return 0;
  }

  private static Step runStep(KafkaServer kafka, JobRunner runner, ModelUnderTest model, FaceCrops crops,
      int cameras, int seconds, int parallelism) throws Exception {
    String run = "scale-" + cameras + "-" + System.currentTimeMillis();
    JobConfig config = runner.config(run); // checkpoints (and so offset commits) every second
    JobClient job = runner.start(config, model.factory(), run, parallelism);

    LoadPlan plan = new LoadPlan(kafka.bootstrapServers(), cameras, FACES_PER_SECOND_PER_CAMERA,
        Duration.ofSeconds(seconds), config.topics().faces());
    CompletableFuture<LoadGenerator.LoadReport> load = CompletableFuture.supplyAsync(() -> {
      try {
        return new LoadGenerator(plan, crops).run();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    long start = System.nanoTime();
    long lagAfterWarmUp = -1;
    long committedAfterWarmUp = 0;
    long warmUpEnd = 0;
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      while (!load.isDone()) {
        Thread.sleep(1_000);
        if (lagAfterWarmUp < 0 && System.nanoTime() - start >= Duration.ofSeconds(WARM_UP_SECONDS).toNanos()) {
          committedAfterWarmUp = committed(admin, run);
          lagAfterWarmUp = end(admin, config.topics().faces()) - committedAfterWarmUp;
          warmUpEnd = System.nanoTime();
        }
      }
      LoadGenerator.LoadReport sent = load.join();
      long committed = committed(admin, run);
      long lagAtEnd = end(admin, config.topics().faces()) - committed;
      double measured = (System.nanoTime() - warmUpEnd) / 1e9;
      job.cancel().get();
      return new Step(cameras, plan.totalRate(), sent.facesPerSecond(), (committed - committedAfterWarmUp) / measured,
          lagAfterWarmUp, lagAtEnd);
    }
  }

  private static long end(Admin admin, String topic) throws Exception {
    var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .toList();
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
  }

  private static long committed(Admin admin, String group) throws Exception {
    return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
        .filter(java.util.Objects::nonNull)
        .mapToLong(OffsetAndMetadata::offset)
        .sum();
  }

  private record Step(int cameras, double offered, double sent, double consumed, long lagAfterWarmUp, long lagAtEnd) {
    String row() {
      double growthSeconds = (lagAtEnd - lagAfterWarmUp) / offered;
      return String.format(Locale.ROOT, "| %7d | %15.0f | %16.0f | %17d | %10d | %23.1f | %s |",
          cameras, sent, consumed, lagAfterWarmUp, lagAtEnd, growthSeconds,
          growthSeconds <= FLAT_SECONDS ? "yes" : "no (grows)");
    }
  }
}
