package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every network URL form the agent supports, served from this machine, decodes to frames. */
class StreamSourcesIT {
  @TempDir static Path dir;
  private static RtspTestCamera rtsp;
  private static HttpTestCamera http;

  @BeforeAll
  static void startCameras() throws IOException {
    Path clip = SharedMedia.clip(SharedMedia.TWO_HEAD_POSES);
    rtsp = RtspTestCamera.start(ClipPackets.read(clip), 0);
    HttpTestCamera.writeHls(clip, dir);
    http = HttpTestCamera.start(HttpTestCamera.Jpegs.of(clip), dir, 0);
  }

  @AfterAll
  static void stopCameras() {
    if (rtsp != null) {
      rtsp.close();
    }
    if (http != null) {
      http.close();
    }
  }

  private static String url(String form) {
    return switch (form) {
      case "rtsp" -> rtsp.url();
      case "mjpeg" -> http.url("/camera.mjpg");
      case "hls" -> http.url("/hls/index.m3u8");
      default -> throw new IllegalArgumentException(form);
    };
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({"rtsp, udp", "rtsp, tcp", "mjpeg, tcp", "hls, tcp"})
  void decodesFramesOfTheClip(String form, String transport) throws IOException {
    CameraConfig camera =
        new CameraConfig(
            "cam",
            url(form),
            5,
            false,
            12,
            DetectorKind.BLAZEFACE,
            RtspTransport.parse(transport),
            true);
    int frames = 0;
    GrayFrame last = null;
    long start = System.nanoTime();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(camera)) {
      while (frames < 15 && source.grab()) {
        last = source.gray();
        frames++;
      }
    }

    assertThat(frames).isEqualTo(15);
    assertThat(last.width()).isEqualTo(480);
    assertThat(last.height()).isEqualTo(270);
    assertThat(FaceQualityGate.sharpness(last)).isPositive();
    System.out.printf(
        "%s/%s: 15 frames in %d ms%n", form, transport, (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void aLocalV4l2CameraDecodes() throws IOException {
    Path device = Path.of("/dev/video0");
    assumeTrue(Files.isReadable(device), "skipped: no V4L2 camera at " + device);

    try (FfmpegFrameSource source =
        FfmpegFrameSource.open(CameraConfig.of("usb", CameraConfig.V4L2_PREFIX + device))) {
      assertThat(source.grab()).isTrue();
      assertThat(source.gray().width()).isPositive();
    }
  }
}
