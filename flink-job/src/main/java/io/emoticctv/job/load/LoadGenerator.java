package io.emoticctv.job.load;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends faces as ingest agents would, through a real broker: N cameras, each F faces a second,
 * paced evenly over the run, keyed by camera, captured "now", each a real preprocessed crop.
 *
 * <pre>
 * java -cp … io.emoticctv.job.load.LoadGenerator BOOTSTRAP CAMERAS FACES_PER_SECOND_PER_CAMERA DURATION_SECONDS TOPIC
 * </pre>
 *
 * <p>System property {@code emoticctv.shared} (default {@code ../shared}, i.e. run from the
 * repository root): where {@code datasets/fer2013/val} is; without it, generated crops.
 */
public final class LoadGenerator {
  /** How often the pacer wakes to send what is due. */
  private static final long TICK_MILLIS = 10;
  /**
   * Faces of one track before the camera's next: a person in view for 10 s at 5 faces/s. A new
   * track per face would make the job keep one smoothing state per face for the track TTL.
   */
  static final int FACES_PER_TRACK = 50;

  private final LoadPlan plan;
  private final FaceCrops crops;

  public LoadGenerator(LoadPlan plan, FaceCrops crops) {
    this.plan = plan;
    this.crops = crops;
  }

  public static void main(String[] args) throws Exception {
    LoadPlan plan = LoadPlan.parse(args);
    Path fer = Path.of(System.getProperty("emoticctv.shared", "../shared"), "datasets", "fer2013", "val");
    FaceCrops crops = FaceCrops.load(fer, 2_000);
    System.out.printf(Locale.ROOT, "sending %d cameras x %.1f faces/s = %.0f faces/s for %s to %s (%s)%n",
        plan.cameras(), plan.facesPerSecond(), plan.totalRate(), plan.duration(), plan.topic(), crops.origin());
    LoadReport report = new LoadGenerator(plan, crops).run();
    System.out.println(report.summary());
  }

  /** Sends the whole plan, paced, and waits until the broker has acknowledged every face. */
  public LoadReport run() throws InterruptedException {
    try (Producer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(plan.bootstrap()),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      return run(producer);
    }
  }

  LoadReport run(Producer<byte[], byte[]> producer) throws InterruptedException {
    AtomicLong failed = new AtomicLong();
    AtomicReference<Exception> firstError = new AtomicReference<>();
    long start = System.nanoTime();
    long sent = 0;
    long total = plan.total();
    while (sent < total) {
      long due = plan.dueAfter(System.nanoTime() - start);
      for (; sent < due; sent++) {
        producer.send(record(sent, System.currentTimeMillis()), (metadata, error) -> {
          if (error != null) {
            failed.incrementAndGet();
            firstError.compareAndSet(null, error);
          }
        });
      }
      Thread.sleep(TICK_MILLIS);
    }
    producer.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (firstError.get() != null) {
      throw new IllegalStateException(failed.get() + " faces were not acknowledged", firstError.get());
    }
    return new LoadReport(sent, seconds);
  }

  /** The {@code i}-th face: cameras take turns, each keeps its own track sequence. */
  ProducerRecord<byte[], byte[]> record(long i, long captureTime) {
    String camera = LoadPlan.cameraId((int) (i % plan.cameras()));
    long track = i / plan.cameras() / FACES_PER_TRACK;
    FaceRecord face = FaceRecord.of(camera, captureTime, track, new Box(100, 60, 48, 48), 0.9f, crops.get(i));
    return new ProducerRecord<>(plan.topic(), camera.getBytes(StandardCharsets.UTF_8), RecordCodec.FACES.encode(face));
  }

  private static Properties producerProperties(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(TimeUnit.SECONDS.toMillis(60)));
    return p;
  }

  /** What a run sent, and how fast. */
  public record LoadReport(long faces, double seconds) {
    public double facesPerSecond() {
      return faces / seconds;
    }

    public String summary() {
      return String.format(Locale.ROOT, "sent %d faces in %.1f s (%.0f faces/s)", faces, seconds, facesPerSecond());
    }
  }
}
