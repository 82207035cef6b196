package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.PreviewRecord;
import io.emoticctv.contracts.ProbeFailure;
import io.emoticctv.contracts.ProbeRequest;
import io.emoticctv.contracts.ProbeResult;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The agent answers the portal's connection probes and sends previews, through a real broker. */
class ProbesAndPreviewsIT {

  @Test
  void answersProbesAndPublishesBlurredPreviewsAtMostOncePerSecond() throws Exception {
    String clip = SharedMedia.clip(SharedMedia.WALKING).toString();
    KafkaServer kafka = KafkaServer.shared();
    String suffix = UUID.randomUUID().toString();
    String probes = "camera-probes-" + suffix;
    String results = "camera-probe-results-" + suffix;
    String previews = "previews-" + suffix;
    for (String topic : List.of(probes, results, previews, "faces-" + suffix, "status-" + suffix)) {
      kafka.createTopic(topic, 1);
    }
    Properties p = new Properties();
    p.setProperty("kafka.bootstrap", kafka.bootstrapServers());
    p.setProperty("topics.faces", "faces-" + suffix);
    p.setProperty("topics.camera-status", "status-" + suffix);
    p.setProperty("topics.previews", previews);
    p.setProperty("topics.camera-probes", probes);
    p.setProperty("topics.camera-probe-results", results);
    p.setProperty("probes.enabled", "true");
    p.setProperty("camera.hall.url", clip);
    p.setProperty("camera.hall.loop", "true");
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    long start = System.currentTimeMillis();

    try (IngestAgent agent = IngestAgent.withKafka(IngestConfig.parse(p)).start();
        KafkaProducer<String, byte[]> portal =
            new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
        TopicReader resultReader = new TopicReader(kafka.bootstrapServers(), results);
        TopicReader previewReader = new TopicReader(kafka.bootstrapServers(), previews)) {
      for (ProbeRequest request :
          List.of(
              new ProbeRequest(1, "ok-1", clip, System.currentTimeMillis()),
              new ProbeRequest(
                  1,
                  "refused-1",
                  "rtsp://127.0.0.1:" + closedPort + "/x",
                  System.currentTimeMillis()),
              new ProbeRequest(1, "stale-1", clip, System.currentTimeMillis() - 3_600_000))) {
        portal.send(
            new ProducerRecord<>(
                probes, request.requestId(), RecordCodec.PROBE_REQUESTS.encode(request)));
      }
      portal.flush();

      List<ProbeResult> answers =
          resultReader.readUntil(r -> r.size() >= 2, Duration.ofSeconds(60)).stream()
              .map(r -> TopicReader.decode(RecordCodec.PROBE_RESULTS, r))
              .toList();
      assertThat(answers)
          .extracting(ProbeResult::requestId)
          .containsExactlyInAnyOrder("ok-1", "refused-1");
      ProbeResult ok =
          answers.stream().filter(a -> a.requestId().equals("ok-1")).findFirst().orElseThrow();
      assertThat(ok.ok()).as(ok.message()).isTrue();
      assertThat(ok.width()).isEqualTo(480);
      assertThat(ok.codec()).isEqualTo("h264");
      assertThat(
              answers.stream()
                  .filter(a -> a.requestId().equals("refused-1"))
                  .findFirst()
                  .orElseThrow()
                  .failure())
          .isEqualTo(ProbeFailure.REFUSED);

      List<ConsumerRecord<String, byte[]>> records =
          previewReader.readUntil(r -> r.size() >= 4, Duration.ofSeconds(30));
      long elapsed = System.currentTimeMillis() - start;
      List<PreviewRecord> shots =
          records.stream().map(r -> TopicReader.decode(RecordCodec.PREVIEWS, r)).toList();
      assertThat(shots).hasSizeGreaterThanOrEqualTo(4);
      // At most one per second of the camera's life (plus the first, at once).
      assertThat((long) shots.size()).isLessThanOrEqualTo(elapsed / 1000 + 1);
      assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo("hall"));
      assertThat(shots)
          .allSatisfy(
              shot -> {
                assertThat(shot.blurred()).isTrue(); // privacy blur is on by default
                assertThat(shot.width()).isEqualTo(320);
                assertThat(shot.height()).isEqualTo(180);
              });
      assertThat(shots).anySatisfy(shot -> assertThat(shot.faces()).isNotEmpty());
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(shots.get(0).jpeg()));
      assertThat(image.getWidth()).isEqualTo(320);
      // The clip is in colour, and so are its previews and the probe's snapshot (a gray JPEG
      // scores 0).
      assertThat(colourfulness(image)).isGreaterThan(3);
      assertThat(colourfulness(ImageIO.read(new ByteArrayInputStream(ok.snapshotJpeg()))))
          .isGreaterThan(3);
    }
  }

  /** Mean |R - G| + |G - B| over the image's pixels. */
  private static double colourfulness(BufferedImage image) {
    long sum = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        sum += Math.abs(r - g) + Math.abs(g - b);
      }
    }
    return (double) sum / (image.getWidth() * image.getHeight());
  }
}
