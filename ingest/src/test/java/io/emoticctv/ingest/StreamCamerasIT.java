package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The agent against cameras served from this machine, through a real broker: an RTSP camera read
 * over TCP and over UDP, and an MJPEG camera over HTTP. The cameras lose power mid-run and come
 * back: the agent reports them offline, reconnects with backoff, and faces resume.
 */
class StreamCamerasIT {
  private static final Set<String> ALL = Set.of("door", "gate", "lobby");

  private static FaceRecord face(ConsumerRecord<String, byte[]> record) {
    return TopicReader.decode(RecordCodec.FACES, record);
  }

  private static CameraStatus status(ConsumerRecord<String, byte[]> record) {
    return TopicReader.decode(RecordCodec.CAMERA_STATUS, record);
  }

  private static Set<String> camerasWithFacesAfter(
      List<ConsumerRecord<String, byte[]>> records, long after) {
    return records.stream()
        .filter(r -> face(r).captureTime() > after)
        .map(ConsumerRecord::key)
        .collect(Collectors.toSet());
  }

  private static Set<String> camerasWithStateAfter(
      List<ConsumerRecord<String, byte[]>> records, CameraState state, long after) {
    return records.stream()
        .map(StreamCamerasIT::status)
        .filter(s -> s.state() == state && s.time() > after)
        .map(CameraStatus::cameraId)
        .collect(Collectors.toSet());
  }

  @Test
  void facesArriveFromRtspAndMjpegCamerasAndResumeAfterTheyComeBack() throws Exception {
    Path clip = SharedMedia.clip(SharedMedia.TWO_HEAD_POSES);
    ClipPackets packets = ClipPackets.read(clip);
    HttpTestCamera.Jpegs jpegs = HttpTestCamera.Jpegs.of(clip);
    KafkaServer kafka = KafkaServer.shared();
    String facesTopic = "faces-" + UUID.randomUUID();
    String statusTopic = "camera-status-" + UUID.randomUUID();
    kafka.createTopic(facesTopic, 2);
    kafka.createTopic(statusTopic, 1);
    RtspTestCamera rtsp = RtspTestCamera.start(packets, 0);
    HttpTestCamera http = HttpTestCamera.start(jpegs, null, 0);
    int rtspPort = rtsp.port();
    int httpPort = http.port();
    Properties p = new Properties();
    p.setProperty("kafka.bootstrap", kafka.bootstrapServers());
    p.setProperty("topics.faces", facesTopic);
    p.setProperty("topics.camera-status", statusTopic);
    for (String camera : ALL) {
      // 2 analysed frames/s of faces >= 24 px keep the three cameras cheap on a shared CPU.
      p.setProperty("camera." + camera + ".fps", "2");
      p.setProperty("camera." + camera + ".min-face-px", "24");
    }
    p.setProperty("camera.door.url", rtsp.url());
    p.setProperty("camera.gate.url", rtsp.url());
    p.setProperty("camera.gate.rtsp-transport", "udp");
    p.setProperty("camera.lobby.url", http.url("/camera.mjpg"));

    try (IngestAgent agent = IngestAgent.withKafka(IngestConfig.parse(p)).start();
        TopicReader faces = new TopicReader(kafka.bootstrapServers(), facesTopic);
        TopicReader statuses = new TopicReader(kafka.bootstrapServers(), statusTopic)) {
      assertThat(
              camerasWithFacesAfter(
                  faces.readUntil(
                      r -> camerasWithFacesAfter(r, 0).equals(ALL), Duration.ofSeconds(60)),
                  0))
          .as("cameras whose faces arrived")
          .isEqualTo(ALL);

      long lostAt = System.currentTimeMillis();
      rtsp.close();
      http.close();
      Set<String> offline =
          camerasWithStateAfter(
              statuses.readUntil(
                  r ->
                      camerasWithStateAfter(r, CameraState.OFFLINE, lostAt)
                          .containsAll(Set.of("door", "lobby")),
                  Duration.ofSeconds(30)),
              CameraState.OFFLINE,
              lostAt);
      assertThat(offline).contains("door", "lobby");

      Thread.sleep(1_500); // a reconnection attempt or two meets a refused connection
      rtsp = RtspTestCamera.start(packets, rtspPort);
      http = HttpTestCamera.start(jpegs, null, httpPort);
      long backAt = System.currentTimeMillis();

      assertThat(
              camerasWithFacesAfter(
                  faces.readUntil(
                      r -> camerasWithFacesAfter(r, backAt).containsAll(Set.of("door", "lobby")),
                      Duration.ofSeconds(60)),
                  backAt))
          .as("cameras whose faces resumed")
          .contains("door", "lobby");
      List<CameraStatus> doorStatuses =
          statuses.readUntil(r -> false, Duration.ofMillis(500)).stream()
              .map(StreamCamerasIT::status)
              .filter(s -> s.cameraId().equals("door") && s.time() > lostAt)
              .toList();
      assertThat(doorStatuses)
          .extracting(CameraStatus::state)
          .contains(CameraState.OFFLINE, CameraState.CONNECTING, CameraState.ONLINE);
      assertThat(doorStatuses)
          .filteredOn(s -> s.state() == CameraState.OFFLINE)
          .extracting(CameraStatus::lastError)
          .anySatisfy(e -> assertThat(e).contains("Connection refused"));
    } finally {
      rtsp.close();
      http.close();
    }
  }
}
