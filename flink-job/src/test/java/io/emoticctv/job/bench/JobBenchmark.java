package io.emoticctv.job.bench;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.classify.FaceClassifier;
import io.emoticctv.job.load.FaceCrops;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.JobRunner;
import io.emoticctv.job.testing.KafkaTestClient;
import io.emoticctv.job.testing.ModelUnderTest;
import io.emoticctv.job.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * How much of the model's raw speed the job keeps: in one run, measures {@code
 * EmotionClassifier.classify} alone at the job's batch size, then the whole job (Kafka → parse →
 * batched inference → windows → PostgreSQL/Kafka) over faces produced to Kafka beforehand, and
 * checks that the windows counted every face.
 *
 * <pre>
 * mvn -B -q -pl flink-job exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.emoticctv.job.bench.JobBenchmark [-Dexec.args="faces batch parallelism cameras"]
 * </pre>
 *
 * Defaults: 20000 faces, batch 64, parallelism 1, 20 cameras at 10 faces/s each. Everything (the
 * broker and PostgreSQL included) shares one JVM and the machine's cores; {@code
 * -Dai.djl.pytorch.num_threads=N} sets the model's intra-op threads (the job's default: 1).
 */
public final class JobBenchmark {
  private JobBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (!OwnJvm.isOwn(JobBenchmark.class)) {
      // exec:java runs mains inside Maven's JVM, in a class loader that Flink's local cluster
      // does not deserialize the job with: measure in a JVM of our own instead
      System.exit(OwnJvm.run(JobBenchmark.class, args));
    }
    OwnJvm.exitWith(() -> measure(args));
  }

  /** @return the exit code */
  private static int measure(String[] args) throws Exception {
    System.setProperty("ai.djl.offline", "true");
    int faces = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int cameras = args.length > 3 ? Integer.parseInt(args[3]) : 20;

    ModelUnderTest model = ModelUnderTest.preferTrained();
    List<byte[]> crops = FaceCrops.generated(512).crops();

    // 1. the model alone (again after the job: the cores are shared, so the spread matters)
    String modelId;
    try (FaceClassifier classifier = model.factory().open()) {
      modelId = classifier.modelId();
    }
    double modelBefore = modelFacesPerSecond(model, crops, batch);
    System.out.printf(Locale.ROOT, "model alone: %.0f faces/s%n", modelBefore);

    // 2. the job, over faces already waiting in Kafka
    KafkaServer kafka = KafkaServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    String jdbcUrl = postgres.createDatabase("job_benchmark");
    JobRunner job = new JobRunner(kafka, postgres, jdbcUrl);
    String run = "bench-" + System.currentTimeMillis();
    JobConfig config = job.config(run, "--batch.size", String.valueOf(batch));
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(faces);
    for (int k = 0; k < faces; k++) {
      String camera = "bench-cam-" + (k % cameras);
      long captureTime = Fixtures.T0 + (k / cameras) * 100L; // 10 faces/s per camera
      FaceRecord face = FaceRecord.of(camera, captureTime, (long) k, new Box(0, 0, 64, 64), 0.9f,
          crops.get(k % crops.size()));
      records.add(new ProducerRecord<>(config.topics().faces(), camera.getBytes(StandardCharsets.UTF_8),
          RecordCodec.FACES.encode(face)));
    }
    KafkaTestClient.send(kafka.bootstrapServers(), records);
    records.clear();

    System.out.printf("%d faces in Kafka, running the job%n", faces);
    long start = System.nanoTime();
    JobExecutionResult result = job.runToEnd(config, model.factory(), run, parallelism);
    double wallSeconds = seconds(System.nanoTime() - start);
    double netSeconds = result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0;
    long counted = ((Number) Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "SELECT coalesce(sum(faces), 0) AS n FROM emotion_windows").get(0).get("n")).longValue();
    double modelAfter = modelFacesPerSecond(model, crops, batch);
    double modelFacesPerSecond = (modelBefore + modelAfter) / 2;

    System.out.println();
    System.out.printf(Locale.ROOT, "model %s (%s), batch %d, %s intra-op thread(s); job parallelism %d, %d cameras, %d cores%n",
        modelId, model.description(), batch, System.getProperty("ai.djl.pytorch.num_threads"), parallelism, cameras,
        Runtime.getRuntime().availableProcessors());
    System.out.println("| path                                         |   faces | seconds | faces/s | vs model |");
    System.out.println("|----------------------------------------------|--------:|--------:|--------:|---------:|");
    row("model.classify alone, before the job", -1, Double.NaN, modelBefore, modelFacesPerSecond);
    row("model.classify alone, after the job", -1, Double.NaN, modelAfter, modelFacesPerSecond);
    row("job, Flink net runtime (deploy..finish)", counted, netSeconds, counted / netSeconds, modelFacesPerSecond);
    row("job, wall clock incl. local cluster start", counted, wallSeconds, counted / wallSeconds, modelFacesPerSecond);
    if (counted != faces) {
      System.out.printf("WARNING: windows counted %d faces of %d produced%n", counted, faces);
      return 1;
    }
    return 0;
  }

  /** Faces per second of back-to-back {@code classify} calls of {@code batch} crops, for 5 s after 2 s of warm-up. */
  private static double modelFacesPerSecond(ModelUnderTest model, List<byte[]> crops, int batch) {
    try (FaceClassifier classifier = model.factory().open()) {
      long warmUp = System.nanoTime();
      while (System.nanoTime() - warmUp < TimeUnit.SECONDS.toNanos(2)) {
        classifier.classify(crops.subList(0, batch));
      }
      int classified = 0;
      long start = System.nanoTime();
      while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
        int from = (classified % (crops.size() - batch));
        classifier.classify(crops.subList(from, from + batch));
        classified += batch;
      }
      return classified / seconds(System.nanoTime() - start);
    }
  }

  private static void row(String path, long faces, double seconds, double perSecond, double model) {
    System.out.printf(Locale.ROOT, "| %-44s | %7s | %7s | %7.0f | %7.0f%% |%n", path,
        faces < 0 ? "" : String.valueOf(faces), Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%.1f", seconds),
        perSecond, 100 * perSecond / model);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
