package io.emoticctv.portal;

import io.emoticctv.contracts.ProbeFailure;
import io.emoticctv.contracts.ProbeRequest;
import io.emoticctv.contracts.ProbeResult;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Answers the portal's probe requests as an ingest agent would, through the real broker: a URL
 * ending in {@code /refused} fails with REFUSED, any other yields a 1280×720 h264 stream at 25 fps
 * with a 64×36 snapshot.
 */
final class ProbeResponder implements AutoCloseable {
  private final PortalFixture portal;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private final List<String> urls = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;

  ProbeResponder(PortalFixture portal) {
    this.portal = portal;
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaServer.shared().bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-responder-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    this.consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(portal.probesTopic));
    PortalFixture.await("the responder's partitions", Duration.ofSeconds(20), () -> {
      consumer.poll(Duration.ofMillis(100));
      return !consumer.assignment().isEmpty();
    });
    this.thread = new Thread(this::run, "probe-responder");
    thread.start();
  }

  List<String> urlsAsked() {
    return List.copyOf(urls);
  }

  private void run() {
    while (running) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        try {
          ProbeRequest request = RecordCodec.PROBE_REQUESTS.decode(record.value());
          urls.add(request.sourceUrl());
          portal.produce(portal.probeResultsTopic, request.requestId(), RecordCodec.PROBE_RESULTS.encode(answer(request)));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
    consumer.close();
  }

  private static ProbeResult answer(ProbeRequest request) {
    long now = System.currentTimeMillis();
    if (request.sourceUrl().endsWith("/refused")) {
      return new ProbeResult(ProbeResult.SCHEMA_VERSION, request.requestId(), false, ProbeFailure.REFUSED,
          "Connection refused by 10.0.0.8:554", 0, 0, "", 0, null, now);
    }
    return new ProbeResult(ProbeResult.SCHEMA_VERSION, request.requestId(), true, null,
        "Read a frame from the stream", 1280, 720, "h264", 25, snapshot(), now);
  }

  /** A 64×36 black JPEG. */
  static byte[] snapshot() {
    BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", jpeg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jpeg.toByteArray();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5000);
  }
}
