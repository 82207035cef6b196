package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.Emotion;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestConfigTest {

  private static Properties props(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return p;
  }

  private static final String MINIMAL =
      "kafka.bootstrap=127.0.0.1:9092\ncamera.lobby.url=/media/lobby.mp4\n";

  @Test
  void minimalConfigGetsDefaults() {
    IngestConfig config = IngestConfig.parse(props(MINIMAL));

    assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    assertThat(config.facesTopic()).isEqualTo("faces");
    assertThat(config.statusTopic()).isEqualTo("camera-status");
    assertThat(config.camerasFromTopic()).isFalse();
    assertThat(config.camerasTopic()).isEqualTo("cameras");
    assertThat(config.cameras())
        .containsExactly(
            new CameraConfig("lobby", "/media/lobby.mp4", 5, false, 12, DetectorKind.BLAZEFACE));
  }

  @Test
  void everyKeyIsRead() {
    IngestConfig config =
        IngestConfig.parse(
            props(
                """
                kafka.bootstrap = broker-1:9092,broker-2:9092
                topics.faces = faces-test
                topics.camera-status = status-test
                topics.cameras = cameras-test
                cameras.from-topic = true
                camera.class-room.url = /media/classroom.mp4
                camera.class-room.fps = 2.5
                camera.class-room.loop = true
                camera.class-room.min-face-px = 24
                camera.gate_2.url = rtsp://10.0.0.7:554/stream1
                camera.gate_2.detector = haar
                """));

    assertThat(config.bootstrapServers()).isEqualTo("broker-1:9092,broker-2:9092");
    assertThat(config.facesTopic()).isEqualTo("faces-test");
    assertThat(config.statusTopic()).isEqualTo("status-test");
    assertThat(config.camerasFromTopic()).isTrue();
    assertThat(config.camerasTopic()).isEqualTo("cameras-test");
    assertThat(config.cameras())
        .containsExactly(
            new CameraConfig(
                "class-room", "/media/classroom.mp4", 2.5, true, 24, DetectorKind.BLAZEFACE),
            new CameraConfig(
                "gate_2", "rtsp://10.0.0.7:554/stream1", 5, false, 12, DetectorKind.HAAR));
  }

  @Test
  void everyDetectorIsSpelledAsItsKey() {
    assertThat(DetectorKind.values())
        .allSatisfy(kind -> assertThat(DetectorKind.parse(kind.key())).isEqualTo(kind));
    assertThat(DetectorKind.BLAZEFACE_FULL_RANGE.key()).isEqualTo("blazeface-full-range");
  }

  @Test
  void portalCamerasNeedNoCameraInTheFile() {
    IngestConfig config =
        IngestConfig.parse(props("kafka.bootstrap=b:1\ncameras.from-topic=true\n"));

    assertThat(config.camerasFromTopic()).isTrue();
    assertThat(config.cameras()).isEmpty();
  }

  @Test
  void credentialsNeverShowInTheSafeUrl() {
    CameraConfig camera = CameraConfig.of("gate", "rtsp://admin:s3cr@t@10.0.0.7:554/stream1");

    assertThat(camera.safeUrl()).isEqualTo("rtsp://10.0.0.7:554/stream1");
    assertThat(camera.toString()).doesNotContain("s3cr").doesNotContain("admin");
    assertThat(CameraConfig.of("a", "/media/clip.mp4").safeUrl()).isEqualTo("/media/clip.mp4");
  }

  @Test
  void loadsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ingest.properties"), MINIMAL);

    assertThat(IngestConfig.load(file).cameras())
        .extracting(CameraConfig::id)
        .containsExactly("lobby");
  }

  @Test
  void fileProblemsNameTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ingest.properties"), MINIMAL + "kafka.bootstrp=x\n");

    assertThatThrownBy(() -> IngestConfig.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unknown key 'kafka.bootstrp'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown top-level key    | kafka.bootstrap=b:1\\ncamera.a.url=x\\ntopics.face=f         | unknown key 'topics.face'
          unknown camera key       | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.fsp=5        | unknown key 'camera.a.fsp'
          camera key with a dot id | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.b.url=y      | unknown key 'camera.a.b.url'
          missing bootstrap        | camera.a.url=x                                              | kafka.bootstrap is required
          no cameras               | kafka.bootstrap=b:1                                         | no cameras
          camera without url       | kafka.bootstrap=b:1\\ncamera.a.fps=5                         | camera.a.url is required
          fps not a number         | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.fps=fast     | camera.a.fps is not a number: 'fast'
          fps zero                 | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.fps=0        | analysis fps must be in (0, 60]
          fps too high             | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.fps=61       | analysis fps must be in (0, 60]
          loop not a boolean       | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.loop=yes     | camera.a.loop must be true or false, was 'yes'
          min face not an integer  | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.min-face-px=1.5 | camera.a.min-face-px is not an integer
          min face too small       | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.min-face-px=2   | min face size must be 6..480 px
          unknown detector         | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.detector=yolo | camera.a.detector: unknown detector 'yolo' (known: blazeface, blazeface-full-range, haar)
          bad camera id            | kafka.bootstrap=b:1\\ncamera.a+b.url=x                       | camera id 'a+b' must be
          empty camera id          | kafka.bootstrap=b:1\\ncamera..url=x                          | camera id '' must be
          from-topic not a boolean | kafka.bootstrap=b:1\\ncameras.from-topic=yes              | cameras.from-topic must be true or false, was 'yes'
          empty cameras topic      | kafka.bootstrap=b:1\\ncameras.from-topic=true\\ntopics.cameras= | topics.cameras is empty
          empty topic              | kafka.bootstrap=b:1\\ncamera.a.url=x\\ntopics.faces=          | topics.faces is empty
          sharpness not a number   | kafka.bootstrap=b:1\\ncamera.a.url=x\\nquality.min-sharpness=sharp | quality.min-sharpness is not a number
          yaw out of range         | kafka.bootstrap=b:1\\ncamera.a.url=x\\nquality.max-yaw-degrees=120 | quality gate: max yaw must be in (0, 90]
          full scan interval zero  | kafka.bootstrap=b:1\\ncamera.a.url=x\\ndetection.full-scan-interval-s=0 | detection.full-scan-interval-s must be in (0, 60]
          previews too often       | kafka.bootstrap=b:1\\ncamera.a.url=x\\npreviews.per-second=50 | previews per second must be in [0, 10]
          probe timeout too short  | kafka.bootstrap=b:1\\ncamera.a.url=x\\nprobes.timeout-ms=10 | probes.timeout-ms must be 500..60000
          unknown rtsp transport   | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.rtsp-transport=http | camera.a.rtsp-transport: unknown RTSP transport 'http'
          privacy blur not boolean | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.privacy-blur=1 | camera.a.privacy-blur must be true or false
          speaker not http         | kafka.bootstrap=b:1\\ncamera.a.url=x\\ncamera.a.speaker-url=ftp://s/x | camera.a.speaker-url must be an http(s) URL
          sound file missing       | kafka.bootstrap=b:1\\ncamera.a.url=x\\nsounds.fear=/nonexistent.wav | sounds.fear: cannot read /nonexistent.wav
          sound for no emotion     | kafka.bootstrap=b:1\\ncamera.a.url=x\\nsounds.boredom=/x.wav | unknown key 'sounds.boredom'
          """)
  void rejectsBadConfig(String problem, String text, String message) {
    assertThatThrownBy(() -> IngestConfig.parse(props(text.replace("\\n", "\n"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid ingest configuration: ")
        .hasMessageContaining(message);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> IngestConfig.parse(props("camera.a.fps=x\nfoo=bar\n")))
        .hasMessageContaining("kafka.bootstrap is required")
        .hasMessageContaining("unknown key 'foo'")
        .hasMessageContaining("camera.a.url is required");
  }

  @Test
  void filePathsAreLocalAndUrlsAreNot() {
    assertThat(CameraConfig.of("a", "/media/clip.mp4").isLocalFile()).isTrue();
    assertThat(CameraConfig.of("a", "clips/clip.mp4").isLocalFile()).isTrue();
    assertThat(CameraConfig.of("a", "file:/media/clip.mp4").isLocalFile()).isTrue();
    assertThat(CameraConfig.of("a", "rtsp://10.0.0.7/stream").isLocalFile()).isFalse();
    assertThat(CameraConfig.of("a", "http://10.0.0.7/video.mjpg").isLocalFile()).isFalse();
    assertThat(CameraConfig.of("a", "v4l2:/dev/video0").isLocalFile()).isFalse();
    assertThat(CameraConfig.of("a", "v4l2:/dev/video0").isV4l2Device()).isTrue();
  }

  @Test
  void agentWideKeysAreReadWithTheirDefaults() {
    IngestConfig defaults = IngestConfig.parse(props(MINIMAL));
    IngestConfig set =
        IngestConfig.parse(
            props(
                MINIMAL
                    + """
                    quality.min-face-px = 20
                    quality.min-sharpness = 40.5
                    quality.max-yaw-degrees = 30
                    quality.max-roll-degrees = 25
                    topics.previews = previews-test
                    previews.per-second = 0.5
                    previews.max-side = 480
                    detection.full-scan-interval-s = 1
                    probes.enabled = true
                    topics.camera-probes = probes-test
                    topics.camera-probe-results = results-test
                    probes.timeout-ms = 4000
                    camera.lobby.rtsp-transport = udp
                    camera.lobby.privacy-blur = false
                    camera.lobby.speaker-url = http://10.0.0.9/play
                    topics.alerts = alerts-test
                    topics.rules = rules-test
                    sounds.anger = %s
                    sounds.min-interval-ms = 5000
                    """
                        .formatted(Path.of("pom.xml").toAbsolutePath())));

    assertThat(defaults.quality()).isEqualTo(FaceQualityGate.DEFAULT);
    assertThat(defaults.previews()).isEqualTo(PreviewSettings.DEFAULT);
    assertThat(defaults.previewsTopic()).isEqualTo("previews");
    assertThat(defaults.fullScanIntervalS()).isEqualTo(2);
    assertThat(defaults.probesEnabled()).isFalse();
    assertThat(defaults.probesTopic()).isEqualTo("camera-probes");
    assertThat(defaults.probeResultsTopic()).isEqualTo("camera-probe-results");
    assertThat(defaults.probeTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.cameras().get(0).rtspTransport()).isEqualTo(RtspTransport.TCP);
    assertThat(defaults.cameras().get(0).privacyBlur()).isTrue();

    assertThat(set.quality()).isEqualTo(new FaceQualityGate(20, 40.5, 30, 25));
    assertThat(set.previews()).isEqualTo(new PreviewSettings(0.5, 480));
    assertThat(set.previewsTopic()).isEqualTo("previews-test");
    assertThat(set.fullScanIntervalS()).isEqualTo(1);
    assertThat(set.probesEnabled()).isTrue();
    assertThat(set.probesTopic()).isEqualTo("probes-test");
    assertThat(set.probeResultsTopic()).isEqualTo("results-test");
    assertThat(set.probeTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(set.cameras().get(0).rtspTransport()).isEqualTo(RtspTransport.UDP);
    assertThat(set.cameras().get(0).privacyBlur()).isFalse();
    assertThat(defaults.alarm().enabled()).isFalse();
    assertThat(defaults.alertsTopic()).isEqualTo("alerts");
    assertThat(set.alertsTopic()).isEqualTo("alerts-test");
    assertThat(defaults.rulesTopic()).isEqualTo("rules");
    assertThat(set.rulesTopic()).isEqualTo("rules-test");
    assertThat(set.alarm().speakerUrls())
        .containsEntry("lobby", URI.create("http://10.0.0.9/play"));
    assertThat(set.alarm().sounds())
        .containsEntry(Emotion.ANGER, Path.of("pom.xml").toAbsolutePath());
    assertThat(set.alarm().minInterval()).isEqualTo(Duration.ofSeconds(5));
  }
}
