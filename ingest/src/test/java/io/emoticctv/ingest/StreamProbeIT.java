package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.ProbeFailure;
import io.emoticctv.contracts.ProbeRequest;
import io.emoticctv.contracts.ProbeResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Test connection" against real sources and real failures served from this machine. */
class StreamProbeIT {
  /**
   * The agent's default: a live H.264 stream is readable only from its next key frame, and FFmpeg
   * looks at a second or two of it first.
   */
  private static final Duration TIMEOUT = ProbeResponder.DEFAULT_TIMEOUT;

  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(2);
  private static RtspTestCamera rtsp;
  private static RtspTestCamera rtspWithPassword;
  private static HttpTestCamera http;
  private static StreamProbe probe;

  @BeforeAll
  static void startCameras() throws IOException {
    Path clip = SharedMedia.clip(SharedMedia.TWO_HEAD_POSES);
    ClipPackets packets = ClipPackets.read(clip);
    rtsp = RtspTestCamera.start(packets, 0);
    rtspWithPassword = RtspTestCamera.start(packets, 0, "admin:s3cret");
    http = HttpTestCamera.start(HttpTestCamera.Jpegs.of(clip), null, 0);
    probe = new StreamProbe(TIMEOUT, System::currentTimeMillis);
  }

  @AfterAll
  static void stopCameras() {
    for (AutoCloseable c : new AutoCloseable[] {rtsp, rtspWithPassword, http, probe}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // best effort
      }
    }
  }

  private static ProbeRequest request(String url) {
    return new ProbeRequest(ProbeRequest.SCHEMA_VERSION, "req-1", url, 1L);
  }

  private static ProbeResult probe(String url) {
    return probe.probe(request(url));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void anRtspCameraAnswersWithItsSizeCodecRateAndASnapshot() throws IOException {
    ProbeResult result = probe(rtsp.url());

    assertThat(result.ok()).as(result.message()).isTrue();
    assertThat(result.failure()).isNull();
    assertThat(result.requestId()).isEqualTo("req-1");
    assertThat(result.width()).isEqualTo(480);
    assertThat(result.height()).isEqualTo(270);
    assertThat(result.codec()).isEqualTo("h264");
    assertThat(result.fps()).isBetween(11.0, 13.0);
    BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream(result.snapshotJpeg()));
    assertThat(snapshot.getWidth()).isEqualTo(StreamProbe.SNAPSHOT_MAX_SIDE);
    assertThat(snapshot.getHeight()).isEqualTo(180);
    assertThat(result.message()).isEqualTo("Read a 480x270 h264 frame at 12.0 fps.");
  }

  @Test
  void anMjpegCameraIsReadToo() {
    ProbeResult result = probe(http.url("/camera.mjpg"));

    assertThat(result.ok()).as(result.message()).isTrue();
    assertThat(result.codec()).isEqualTo("mjpeg");
    assertThat(result.width()).isEqualTo(480);
  }

  @Test
  void anUnresolvableHostIsDns() {
    ProbeResult result = probe("rtsp://no-such-camera.invalid:554/stream");

    assertThat(result.ok()).isFalse();
    assertThat(result.failure()).isEqualTo(ProbeFailure.DNS);
    assertThat(result.message()).contains("does not resolve");
  }

  @Test
  void aClosedPortIsRefused() throws IOException {
    int port = closedPort();

    assertThat(probe("rtsp://127.0.0.1:" + port + "/stream").failure())
        .isEqualTo(ProbeFailure.REFUSED);
    assertThat(probe("http://127.0.0.1:" + port + "/video.mjpg").failure())
        .isEqualTo(ProbeFailure.REFUSED);
  }

  @Test
  void aWebPageIsNotVideo() {
    ProbeResult result = probe(http.url("/index.html"));

    assertThat(result.failure()).as(result.message()).isEqualTo(ProbeFailure.NOT_VIDEO);
    assertThat(probe(http.url("/no-such-path")).failure()).isEqualTo(ProbeFailure.NOT_VIDEO);
  }

  @Test
  void wrongOrMissingCredentialsAreAuthAndNeverRepeated() {
    ProbeResult none = probe(rtspWithPassword.url());
    ProbeResult wrong = probe(rtspWithPassword.url().replace("rtsp://", "rtsp://admin:guess@"));
    ProbeResult right = probe(rtspWithPassword.url().replace("rtsp://", "rtsp://admin:s3cret@"));

    assertThat(none.failure()).as(none.message()).isEqualTo(ProbeFailure.AUTH);
    assertThat(wrong.failure()).isEqualTo(ProbeFailure.AUTH);
    assertThat(wrong.message()).doesNotContain("guess").doesNotContain("admin");
    assertThat(right.ok()).as(right.message()).isTrue();
  }

  @Test
  void aServerThatNeverAnswersIsATimeout() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket()) {
      silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept()); // accepted, never answered
                  }
                } catch (IOException e) {
                  // closed
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      long start = System.nanoTime();

      ProbeResult http;
      ProbeResult rtsp;
      try (StreamProbe impatient = new StreamProbe(SHORT_TIMEOUT, System::currentTimeMillis)) {
        http = impatient.probe(request("http://127.0.0.1:" + silent.getLocalPort() + "/v.mjpg"));
        rtsp = impatient.probe(request("rtsp://127.0.0.1:" + silent.getLocalPort() + "/stream"));
      }

      assertThat(http.failure()).as(http.message()).isEqualTo(ProbeFailure.TIMEOUT);
      assertThat(rtsp.failure()).as(rtsp.message()).isEqualTo(ProbeFailure.TIMEOUT);
      // Two probes, each given up after its timeout (plus the Java deadline's second at most).
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(SHORT_TIMEOUT.plusSeconds(1).multipliedBy(2).plusSeconds(1));
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void anUnusableUrlIsBadUrl() {
    assertThat(probe("ftp://10.0.0.7/video").failure()).isEqualTo(ProbeFailure.BAD_URL);
    assertThat(probe("rtsp:///stream").failure()).isEqualTo(ProbeFailure.BAD_URL);
  }
}
