package io.emoticctv.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any source FFmpeg opens, decoded straight to 8-bit gray: files, {@code rtsp://} (RTP over TCP or
 * UDP), {@code http(s)://} (MJPEG {@code multipart/x-mixed-replace}, HLS {@code .m3u8}, progressive
 * files) and local V4L2 devices ({@code v4l2:/dev/video0}).
 */
public final class FfmpegFrameSource implements FrameSource {
  private static final Logger LOG = LoggerFactory.getLogger(FfmpegFrameSource.class);

  /** Socket read/connect timeout for network sources, so a dead camera cannot hang its thread. */
  static final String IO_TIMEOUT_MICROS = "5000000";

  /**
   * How much of a live stream FFmpeg reads to learn its parameters before the first frame is handed
   * out: 1 s instead of its default 5 s, so a camera (or a probe) is online sooner; the frame rate
   * is estimated over that second, and {@link #UNKNOWN_FPS_FALLBACK} covers a miss.
   */
  static final String ANALYZE_MICROS = "1000000";

  /** What FFmpeg itself assumes when a stream does not say its frame rate. */
  static final double UNKNOWN_FPS_FALLBACK = 25;

  private static final Pattern FFMPEG_ERROR_CODE = Pattern.compile("error (-\\d+)");

  static {
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  private final FFmpegFrameGrabber grabber;
  private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
  private final double frameRate;
  private Frame current;

  private final double reportedFrameRate;

  private FfmpegFrameSource(FFmpegFrameGrabber grabber, double frameRate, double reported) {
    this.grabber = grabber;
    this.frameRate = frameRate;
    this.reportedFrameRate = reported;
  }

  /**
   * An FFmpeg failure, with FFmpeg's error code (0 when there is none) so callers can tell a
   * refused connection from a timeout without parsing messages. Messages never hold credentials.
   */
  public static final class SourceException extends IOException {
    private final int ffmpegError;

    SourceException(String message, int ffmpegError, Throwable cause) {
      super(message, cause);
      this.ffmpegError = ffmpegError;
    }

    public int ffmpegError() {
      return ffmpegError;
    }
  }

  /** Opens the camera's URL; fails with the FFmpeg error when it cannot be reached or read. */
  public static FfmpegFrameSource open(CameraConfig camera) throws IOException {
    return open(camera, IO_TIMEOUT_MICROS);
  }

  /**
   * Opens the camera's URL, waiting at most {@code timeoutMicros} for any network read.
   *
   * @throws SourceException when it cannot be reached or has no video
   */
  public static FfmpegFrameSource open(CameraConfig camera, String timeoutMicros)
      throws SourceException {
    FFmpegFrameGrabber grabber = grabber(camera, timeoutMicros);
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      release(grabber);
      throw new SourceException(
          "cannot open " + camera.safeUrl() + ": " + reason(e), errorCode(e), e);
    }
    if (!grabber.hasVideo()) {
      release(grabber);
      throw new SourceException(
          camera.safeUrl() + " has no video stream", avutil.AVERROR_STREAM_NOT_FOUND, null);
    }
    double reported = grabber.getVideoFrameRate();
    double fps = reported;
    if (!(fps > 0 && fps <= 240)) {
      LOG.warn(
          "{} does not report a usable frame rate ({}); assuming {}",
          camera.safeUrl(),
          fps,
          UNKNOWN_FPS_FALLBACK);
      fps = UNKNOWN_FPS_FALLBACK;
      reported = 0;
    }
    return new FfmpegFrameSource(grabber, fps, reported);
  }

  /**
   * A grabber for the camera's URL, not yet started: decoding to gray, with socket timeouts for
   * network sources and the camera's RTSP transport.
   */
  static FFmpegFrameGrabber grabber(CameraConfig camera, String timeoutMicros) {
    FFmpegFrameGrabber grabber;
    if (camera.isV4l2Device()) {
      grabber = new FFmpegFrameGrabber(camera.url().substring(CameraConfig.V4L2_PREFIX.length()));
      grabber.setFormat("video4linux2");
    } else {
      grabber = new FFmpegFrameGrabber(camera.url());
    }
    grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
    if (!camera.isLocalFile() && !camera.isV4l2Device()) {
      grabber.setOption("timeout", timeoutMicros);
      grabber.setOption("rw_timeout", timeoutMicros);
      grabber.setOption("analyzeduration", ANALYZE_MICROS);
    }
    if (camera.url().startsWith("rtsp")) {
      grabber.setOption("rtsp_transport", camera.rtspTransport().key());
    }
    return grabber;
  }

  /**
   * FFmpeg's own words for a JavaCV error ("Connection refused", "No such file or directory"),
   * which is what an operator needs on the dashboard, rather than JavaCV's call-site message.
   */
  static String reason(Exception e) {
    int code = errorCode(e);
    if (code != 0) {
      byte[] text = new byte[256];
      if (avutil.av_strerror(code, text, text.length) == 0) {
        int end = 0;
        while (end < text.length && text[end] != 0) {
          end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
      }
    }
    // JavaCV's messages quote the URL, which may carry credentials.
    return String.valueOf(e.getMessage()).replaceAll("\"[^\"]*\"", "\"…\"");
  }

  /** The FFmpeg error code in a JavaCV exception's message, or 0. */
  static int errorCode(Exception e) {
    Matcher code = FFMPEG_ERROR_CODE.matcher(String.valueOf(e.getMessage()));
    return code.find() ? Integer.parseInt(code.group(1)) : 0;
  }

  /** The frame rate the source announced, or 0 when it announced none usable. */
  public double reportedFrameRate() {
    return reportedFrameRate;
  }

  /** The video codec's short name, such as {@code h264} or {@code mjpeg}. */
  public String codecName() {
    return grabber.getVideoCodecName();
  }

  @Override
  public double frameRate() {
    return frameRate;
  }

  @Override
  public boolean grab() throws IOException {
    try {
      current = grabber.grabImage();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      current = null;
      throw new SourceException("unreadable frame: " + reason(e), errorCode(e), e);
    }
    return current != null;
  }

  @Override
  public GrayFrame gray() throws IOException {
    if (current == null
        || current.image == null
        || current.imageWidth <= 0
        || current.imageHeight <= 0) {
      throw new IOException("frame has no image");
    }
    // The converter wraps the grabber's buffer, which the next grab overwrites: copy it out.
    Mat mat = converter.convert(current);
    if (mat == null || mat.channels() != 1) {
      throw new IOException("frame is not 8-bit gray");
    }
    byte[] pixels = new byte[mat.cols() * mat.rows()];
    if (mat.isContinuous()) {
      mat.data().get(pixels);
    } else {
      try (Mat packed = mat.clone()) {
        packed.data().get(pixels);
      }
    }
    return new GrayFrame(mat.cols(), mat.rows(), pixels);
  }

  @Override
  public void rewind() throws IOException {
    try {
      grabber.restart();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      throw new IOException("cannot restart: " + reason(e), e);
    }
  }

  @Override
  public void close() {
    release(grabber);
  }

  private static void release(FFmpegFrameGrabber grabber) {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception e) {
      LOG.debug("closing grabber", e);
    }
  }
}
