package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.ProbeFailure;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;

class ProbeFailuresTest {

  @Test
  void ffmpegErrorCodesMapToWhatTheAdminMustFix() {
    assertThat(ProbeFailures.classify(-111)).isEqualTo(ProbeFailure.REFUSED);
    assertThat(ProbeFailures.classify(-110)).isEqualTo(ProbeFailure.TIMEOUT);
    assertThat(ProbeFailures.classify(avutil.AVERROR_EXIT)).isEqualTo(ProbeFailure.TIMEOUT);
    assertThat(ProbeFailures.classify(avutil.AVERROR_HTTP_UNAUTHORIZED))
        .isEqualTo(ProbeFailure.AUTH);
    assertThat(ProbeFailures.classify(avutil.AVERROR_HTTP_FORBIDDEN)).isEqualTo(ProbeFailure.AUTH);
    assertThat(ProbeFailures.classify(avutil.AVERROR_INVALIDDATA))
        .isEqualTo(ProbeFailure.NOT_VIDEO);
    assertThat(ProbeFailures.classify(avutil.AVERROR_HTTP_NOT_FOUND))
        .isEqualTo(ProbeFailure.NOT_VIDEO);
    assertThat(ProbeFailures.classify(avutil.AVERROR_STREAM_NOT_FOUND))
        .isEqualTo(ProbeFailure.NOT_VIDEO);
    assertThat(ProbeFailures.classify(avutil.AVERROR_PROTOCOL_NOT_FOUND))
        .isEqualTo(ProbeFailure.BAD_URL);
    assertThat(ProbeFailures.classify(-5)).isEqualTo(ProbeFailure.OTHER); // I/O error
    assertThat(ProbeFailures.classify(0)).isEqualTo(ProbeFailure.OTHER);
  }

  @Test
  void urlsTheAgentCannotTryAreNamed() {
    assertThat(ProbeFailures.urlProblem("rtsp://cam.local:554/s")).isEmpty();
    assertThat(ProbeFailures.urlProblem("https://cam.local/video.mjpg")).isEmpty();
    assertThat(ProbeFailures.urlProblem("/srv/clips/lobby.mp4")).isEmpty();
    assertThat(ProbeFailures.urlProblem("file:/srv/clips/lobby.mp4")).isEmpty();
    assertThat(ProbeFailures.urlProblem("v4l2:/dev/video0")).isEmpty();
    assertThat(ProbeFailures.urlProblem("")).contains("the URL is empty");
    assertThat(ProbeFailures.urlProblem("ftp://cam/x")).get().asString().contains("unsupported");
    assertThat(ProbeFailures.urlProblem("rtsp:///stream")).contains("the URL has no host name");
    assertThat(ProbeFailures.urlProblem("rtsp://cam local/"))
        .get()
        .asString()
        .contains("malformed");
    assertThat(ProbeFailures.urlProblem("v4l2:video0")).get().asString().contains("v4l2:/dev/");
  }

  @Test
  void messagesSayWhatToCheckAndKeepTheDetail() {
    assertThat(ProbeFailures.message(ProbeFailure.REFUSED, "Connection refused"))
        .isEqualTo(
            "Nothing answers on that host and port; check the port and the camera"
                + " (Connection refused).");
    assertThat(ProbeFailures.message(ProbeFailure.AUTH, null)).endsWith("password.");
  }
}
