package io.emoticctv.job.testing;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Live cameras, as ingest agents send them: each camera {@code facesPerSecond} untracked faces a
 * second, the cameras taking turns evenly, captured "now", showing the emotion {@code
 * emotionAt(captureTime)} (read back by {@link FirstPixelClassifier}), until closed. Keeps what
 * it sent per camera and 10 s window, and every capture time.
 */
public final class LiveFaces implements AutoCloseable {
  private final String topic;
  private final Integer partition;
  private final List<String> cameras;
  private final LongFunction<Emotion> emotionAt;
  private final Producer<byte[], byte[]> producer;
  private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, Long> sent = new TreeMap<>();
  private final NavigableSet<Long> captureTimes = new ConcurrentSkipListSet<>();
  private int next;

  /**
   * Starts sending.
   *
   * @param partition the partition every face goes to, or null for the camera's (by key)
   */
  public LiveFaces(String bootstrap, String topic, Integer partition, List<String> cameras, double facesPerSecond,
      LongFunction<Emotion> emotionAt) {
    this.topic = topic;
    this.partition = partition;
    this.cameras = List.copyOf(cameras);
    this.emotionAt = emotionAt;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0"); // a live agent sends each face as it is found
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    long turnMicros = Math.round(1e6 / (facesPerSecond * cameras.size()));
    sender.scheduleAtFixedRate(this::sendNext, 0, turnMicros, TimeUnit.MICROSECONDS);
  }

  private void sendNext() {
    String camera = cameras.get(next++ % cameras.size());
    long captureTime = System.currentTimeMillis();
    byte[] face = RecordCodec.FACES.encode(Fixtures.face(camera, captureTime, emotionAt.apply(captureTime)));
    producer.send(new ProducerRecord<>(topic, partition, camera.getBytes(StandardCharsets.UTF_8), face));
    captureTimes.add(captureTime);
    synchronized (sent) {
      sent.merge(windowKey(camera, captureTime), 1L, Long::sum);
    }
  }

  /** The capture time of the first face sent at or after {@code time}, if there was one. */
  public OptionalLong firstCaptureFrom(long time) {
    Long first = captureTimes.ceiling(time);
    return first == null ? OptionalLong.empty() : OptionalLong.of(first);
  }

  /** {@code camera@windowStart} of a face captured at {@code captureTime}. */
  public static String windowKey(String camera, long captureTime) {
    return camera + "@" + (captureTime - Math.floorMod(captureTime, Fixtures.WINDOW));
  }

  /** Faces sent so far per {@link #windowKey}. */
  public Map<String, Long> sent() {
    synchronized (sent) {
      return Map.copyOf(sent);
    }
  }

  /** Stops sending, once every face sent so far is acknowledged. */
  @Override
  public void close() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(10, TimeUnit.SECONDS);
    producer.close();
  }
}
