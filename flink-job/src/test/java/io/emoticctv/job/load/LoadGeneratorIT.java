package io.emoticctv.job.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.job.testing.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A short paced run of the load generator through the real broker. */
class LoadGeneratorIT {

  @Test
  void sendsEveryCameraItsShareOfFacesKeyedByCameraWithModelReadyCrops() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    String topic = "faces-load-generator-it";
    kafka.createTopic(topic, 2);
    Path fer = Path.of(System.getProperty("emoticctv.shared", "../../shared"), "datasets", "fer2013", "val");
    LoadPlan plan = new LoadPlan(kafka.bootstrapServers(), 3, 20, Duration.ofMillis(1_500), topic);

    LoadGenerator.LoadReport report = new LoadGenerator(plan, FaceCrops.load(fer, 50)).run();

    assertThat(report.faces()).isEqualTo(90);
    assertThat(report.seconds()).as("paced, not a burst").isGreaterThan(1.3);
    List<ConsumerRecord<byte[], byte[]>> records = KafkaTestClient.readAll(kafka.bootstrapServers(), topic);
    List<FaceRecord> faces = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      FaceRecord face = RecordCodec.FACES.decode(r.value());
      assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(face.cameraId());
      faces.add(face);
    }
    Map<String, Long> perCamera = faces.stream().collect(Collectors.groupingBy(FaceRecord::cameraId, Collectors.counting()));
    assertThat(perCamera).containsOnly(
        Map.entry("load-cam-0000", 30L), Map.entry("load-cam-0001", 30L), Map.entry("load-cam-0002", 30L));
    assertThat(faces.stream().map(face -> face.cameraId() + "/" + face.trackId()).distinct())
        .as("a person stays in view for many faces").hasSize(3);
    assertThat(faces).allSatisfy(face -> assertThat(face.crop()).hasSize(FacePreprocessing.PIXELS));
    assertThat(faces.stream().map(face -> List.of(face.crop()[0], face.crop()[100], face.crop()[1000]))
        .collect(Collectors.toMap(Function.identity(), x -> 1, Integer::sum))).hasSizeGreaterThan(1);
  }
}
