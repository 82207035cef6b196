package io.emoticctv.ingest;

import io.emoticctv.contracts.ProbeFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Pure decisions of the "test connection" probe: whether a URL is one the agent can open at all,
 * and which {@link ProbeFailure} an FFmpeg error means. FFmpeg's messages are not used (they quote
 * the URL, credentials and all); its error codes are.
 */
final class ProbeFailures {
  /** Linux errno values, as FFmpeg returns them negated (AVERROR(e) = -e). */
  static final int ECONNREFUSED = 111;

  static final int ETIMEDOUT = 110;
  static final int EINTR = 4;
  static final int EAGAIN = 11;

  private static final Set<String> NETWORK_SCHEMES = Set.of("rtsp", "rtsps", "http", "https");

  private ProbeFailures() {}

  /**
   * Why the agent cannot even try {@code url}, or empty when it can. Network URLs need a host;
   * local sources are an absolute path, a {@code file:} URI or {@code v4l2:/dev/...}.
   */
  static Optional<String> urlProblem(String url) {
    if (url == null || url.isBlank()) {
      return Optional.of("the URL is empty");
    }
    String trimmed = url.trim();
    if (trimmed.startsWith(CameraConfig.V4L2_PREFIX)) {
      return trimmed.startsWith(CameraConfig.V4L2_PREFIX + "/dev/")
          ? Optional.empty()
          : Optional.of("a V4L2 camera is written v4l2:/dev/videoN");
    }
    if (trimmed.startsWith("/")) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      return Optional.of("the URL is malformed: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      return Optional.empty();
    }
    if (!NETWORK_SCHEMES.contains(scheme)) {
      return Optional.of(
          "unsupported scheme '"
              + scheme
              + "' (use rtsp://, rtsps://, http://, https://, a file path or v4l2:/dev/videoN)");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("the URL has no host name");
    }
    return Optional.empty();
  }

  /** The host of a network URL, or empty for a local source. */
  static Optional<String> host(String url) {
    try {
      return Optional.ofNullable(new URI(url.trim()).getHost());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** What an FFmpeg error code returned while opening or reading a source means for the admin. */
  static ProbeFailure classify(int ffmpegError) {
    if (ffmpegError == -ECONNREFUSED) {
      return ProbeFailure.REFUSED;
    }
    if (ffmpegError == -ETIMEDOUT
        || ffmpegError == -EINTR
        || ffmpegError == -EAGAIN
        || ffmpegError == avutil.AVERROR_EXIT) {
      return ProbeFailure.TIMEOUT;
    }
    if (ffmpegError == avutil.AVERROR_HTTP_UNAUTHORIZED
        || ffmpegError == avutil.AVERROR_HTTP_FORBIDDEN) {
      return ProbeFailure.AUTH;
    }
    if (ffmpegError == avutil.AVERROR_PROTOCOL_NOT_FOUND) {
      return ProbeFailure.BAD_URL;
    }
    if (ffmpegError == avutil.AVERROR_INVALIDDATA
        || ffmpegError == avutil.AVERROR_HTTP_NOT_FOUND
        || ffmpegError == avutil.AVERROR_DEMUXER_NOT_FOUND
        || ffmpegError == avutil.AVERROR_DECODER_NOT_FOUND
        || ffmpegError == avutil.AVERROR_STREAM_NOT_FOUND
        || ffmpegError == avutil.AVERROR_EOF) {
      return ProbeFailure.NOT_VIDEO;
    }
    return ProbeFailure.OTHER;
  }

  /** A sentence for the admin: what the failure means, then FFmpeg's (or Java's) own words. */
  static String message(ProbeFailure failure, String detail) {
    String meaning =
        switch (failure) {
          case DNS -> "The host name does not resolve; check the address";
          case REFUSED -> "Nothing answers on that host and port; check the port and the camera";
          case AUTH -> "The camera refused the credentials; check the user name and password";
          case TIMEOUT -> "The camera did not answer, or sent no frame, in time";
          case NOT_VIDEO -> "The address answers, but not with a video stream the agent can read";
          case BAD_URL -> "The URL cannot be used";
          case OTHER -> "The stream could not be read";
        };
    return detail == null || detail.isBlank() ? meaning + "." : meaning + " (" + detail + ").";
  }
}
