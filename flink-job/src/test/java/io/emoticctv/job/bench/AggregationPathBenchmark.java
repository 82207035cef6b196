package io.emoticctv.job.bench;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.load.FaceCrops;
import io.emoticctv.job.load.LoadGenerator;
import io.emoticctv.job.load.LoadPlan;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.Rows;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;

/**
 * Aggregation path only, no inference: how many face events a second the job carries from Kafka
 * through parsing, per-camera windows and the PostgreSQL upserts when classifying costs nothing
 * ({@link ConstantClassifier}). Faces are produced first (by {@link LoadGenerator}, at the rate
 * the broker takes), then the job reads them to the end; the windows must count every face.
 *
 * <pre>
 * mvn -B -q -pl flink-job exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.emoticctv.job.bench.AggregationPathBenchmark [-Dexec.args="faces cameras parallelism..."]
 * </pre>
 *
 * Defaults: 150000 faces from 500 cameras, parallelism 1 and 2.
 */
public final class AggregationPathBenchmark {
  private AggregationPathBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (!OwnJvm.isOwn(AggregationPathBenchmark.class)) {
      System.exit(OwnJvm.run(AggregationPathBenchmark.class, args));
    }
    OwnJvm.exitWith(() -> measure(args));
  }

  /** @return the exit code */
  private static int measure(String[] args) throws Exception {
    int faces = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
    int cameras = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int[] parallelisms = {1, 2};
    if (args.length > 2) {
      parallelisms = Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray();
    }
    KafkaServer kafka = KafkaServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    String jdbcUrl = postgres.createDatabase("aggregation_path_benchmark");
    JobRunner job = new JobRunner(kafka, postgres, jdbcUrl);
    String run = "aggregation-" + System.currentTimeMillis();
    JobConfig config = job.config(run);

    // as fast as the broker takes them: the rate is the plan's, far above what it manages
    LoadPlan plan = new LoadPlan(kafka.bootstrapServers(), cameras, faces / (double) cameras, Duration.ofSeconds(1),
        config.topics().faces());
    System.out.println("producing: " + new LoadGenerator(plan, FaceCrops.generated(512)).run().summary());

    System.out.println();
    System.out.printf(Locale.ROOT, "aggregation path only, no inference (constant classifier); %d faces, %d cameras, %d cores%n",
        faces, cameras, Runtime.getRuntime().availableProcessors());
    System.out.println("| parallelism | faces counted | net seconds | face events/s | JVM CPU seconds | events per CPU-second |");
    System.out.println("|------------:|--------------:|------------:|--------------:|----------------:|----------------------:|");
    boolean allCounted = true;
    for (int parallelism : parallelisms) {
      try (Connection c = DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
          Statement st = c.createStatement()) {
        st.execute("DELETE FROM emotion_windows"); // each run counts into an empty table
      }
      long cpuBefore = processCpuNanos();
      JobExecutionResult result = job.runToEnd(config, ConstantClassifier.FACTORY, run + "-p" + parallelism, parallelism);
      // the broker shares this JVM, so this CPU includes serving the faces: a conservative figure
      double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      double seconds = result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0;
      long counted = ((Number) Rows.query(jdbcUrl, postgres.user(), postgres.password(),
          "SELECT coalesce(sum(faces), 0) AS n FROM emotion_windows").get(0).get("n")).longValue();
      allCounted &= counted == plan.total();
      System.out.printf(Locale.ROOT, "| %11d | %13d | %11.1f | %13.0f | %15.1f | %21.0f |%n",
          parallelism, counted, seconds, counted / seconds, cpuSeconds, counted / cpuSeconds);
    }
    if (!allCounted) {
      System.out.printf("WARNING: windows did not count all %d faces%n", plan.total());
      return 1;
    }
    return 0;
  }

  /** CPU time of this whole JVM (job, local cluster and broker), whatever else runs on the machine. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
