package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The producer path other modules reuse to feed faces (e.g. dataset images) into the pipeline. */
class FacePublisherIT {
  private static final long T0 = 1_760_000_000_000L;

  private static KafkaServer kafka;

  @BeforeAll
  static void startKafka() {
    kafka = KafkaServer.shared();
  }

  @Test
  void facesArriveKeyedByCameraInOrderAndDecode() throws Exception {
    String topic = "faces-" + UUID.randomUUID();
    kafka.createTopic(topic, 4);
    List<FaceRecord> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byte[] gray = new byte[48 * 48];
      for (int p = 0; p < gray.length; p++) {
        gray[p] = (byte) ((p * (i + 1)) % 251);
      }
      sent.add(
          FaceRecords.fromGrayFace(
              i % 2 == 0 ? "cam-a" : "cam-b",
              T0 + i * 200,
              new Box(0, 0, 48, 48),
              1f,
              gray,
              48,
              48));
    }

    try (FacePublisher publisher = new FacePublisher(kafka.bootstrapServers(), topic)) {
      List<Future<RecordMetadata>> acks = sent.stream().map(publisher::publish).toList();
      publisher.flush();
      for (Future<RecordMetadata> ack : acks) {
        assertThat(ack.get(60, TimeUnit.SECONDS).hasOffset()).isTrue();
      }
    }

    try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), topic)) {
      List<ConsumerRecord<String, byte[]>> received =
          reader.readUntil(r -> r.size() >= sent.size(), Duration.ofSeconds(60));

      assertThat(received).hasSize(sent.size());
      for (String camera : List.of("cam-a", "cam-b")) {
        List<FaceRecord> camerasFaces = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : received) {
          if (record.key().equals(camera)) {
            camerasFaces.add(RecordCodec.FACES.decode(record.value()));
          }
        }
        assertThat(camerasFaces).extracting(FaceRecord::cameraId).containsOnly(camera);
        assertThat(camerasFaces).extracting(FaceRecord::captureTime).isSorted().hasSize(10);
        assertThat(camerasFaces)
            .allSatisfy(face -> assertThat(face.crop()).hasSize(FacePreprocessing.PIXELS));
      }
    }
  }
}
