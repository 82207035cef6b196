package io.emoticctv.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Any source FFmpeg opens, decoded to YUV 4:2:0 (gray for analysis, colour for previews): files,
 * {@code rtsp://} (RTP over TCP or UDP), {@code http(s)://} (MJPEG {@code
 * multipart/x-mixed-replace}, HLS {@code .m3u8}, progressive files) and local V4L2 devices ({@code
 * v4l2:/dev/video0}).
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

  /**
   * Frames FFmpeg decodes to estimate a live stream's frame rate when the stream does not announce
   * it (in its SDP, say): none. Its default, 20, made every RTSP connection wait ~20 frames (2.4 s
   * of a 12 fps camera, measured against {@code RtspTestCamera}) before the first frame; with none,
   * 0.7 s. Live streams are sampled by arrival time, so nothing needs the estimate; a probe reports
   * the rate only when the stream announces it.
   */
  static final String NO_FPS_PROBE = "0";

  /** What FFmpeg itself assumes when a stream does not say its frame rate. */
  static final double UNKNOWN_FPS_FALLBACK = 25;

  /**
   * Video range to full range: FFmpeg's yuv420p holds luma in 16..235 and chroma in 16..240
   * (sources in full range, such as MJPEG's yuvj, are converted to it), while the analysis, which
   * was tuned on FFmpeg's gray output, and the JPEG previews expect 0..255.
   */
  private static final byte[] FULL_LUMA = rangeTable(16, 235);

  private static final byte[] FULL_CHROMA = rangeTable(16, 240);

  private static final Pattern FFMPEG_ERROR_CODE = Pattern.compile("error (-\\d+)");

  static {
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  private final FFmpegFrameGrabber grabber;
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
      // Common for live streams (see NO_FPS_PROBE), which are sampled as frames arrive; a file is
      // paced by its rate, so there the guess matters.
      LOG.atLevel(camera.isLocalFile() ? Level.WARN : Level.DEBUG)
          .log(
              "{} does not announce a usable frame rate ({}); assuming {}",
              camera.safeUrl(),
              fps,
              UNKNOWN_FPS_FALLBACK);
      fps = UNKNOWN_FPS_FALLBACK;
      reported = 0;
    }
    return new FfmpegFrameSource(grabber, fps, reported);
  }

  /**
   * A grabber for the camera's URL, not yet started: decoding to YUV 4:2:0, with socket timeouts
   * for network sources and the camera's RTSP transport.
   */
  static FFmpegFrameGrabber grabber(CameraConfig camera, String timeoutMicros) {
    FFmpegFrameGrabber grabber;
    if (camera.isV4l2Device()) {
      grabber = new FFmpegFrameGrabber(camera.url().substring(CameraConfig.V4L2_PREFIX.length()));
      grabber.setFormat("video4linux2");
    } else {
      grabber = new FFmpegFrameGrabber(camera.url());
    }
    // YUV 4:2:0: the luma plane is the gray image analysis needs (for H.264 and HEVC cameras, the
    // decoder's own output, no conversion), the chroma planes colour the previews.
    grabber.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
    // One decoding thread per camera: an agent runs many cameras per core, and FFmpeg's frame
    // threads would add a frame of latency per thread and their own overhead.
    grabber.setVideoOption("threads", "1");
    if (!camera.isLocalFile() && !camera.isV4l2Device()) {
      grabber.setOption("timeout", timeoutMicros);
      grabber.setOption("rw_timeout", timeoutMicros);
      grabber.setOption("analyzeduration", ANALYZE_MICROS);
      grabber.setOption("fpsprobesize", NO_FPS_PROBE);
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
    ByteBuffer yuv = yuv();
    return plane(yuv, 0, current.imageStride, current.imageWidth, current.imageHeight, FULL_LUMA);
  }

  /**
   * The frame with its colour. JavaCV lays the planes out one after the other in one buffer: luma
   * rows of {@code imageStride} bytes, then Cb and Cr rows of half that (rounded up).
   */
  @Override
  public ColourFrame colour() throws IOException {
    ByteBuffer yuv = yuv();
    int stride = current.imageStride;
    int width = current.imageWidth;
    int height = current.imageHeight;
    int chromaStride = (stride + 1) / 2;
    int chromaWidth = (width + 1) / 2;
    int chromaHeight = (height + 1) / 2;
    int cbStart = stride * height;
    int crStart = cbStart + chromaStride * chromaHeight;
    GrayFrame luma = plane(yuv, 0, stride, width, height, FULL_LUMA);
    if (yuv.capacity() < crStart + chromaStride * chromaHeight) {
      return ColourFrame.gray(luma);
    }
    return new ColourFrame(
        luma,
        plane(yuv, cbStart, chromaStride, chromaWidth, chromaHeight, FULL_CHROMA),
        plane(yuv, crStart, chromaStride, chromaWidth, chromaHeight, FULL_CHROMA));
  }

  /** The decoded YUV 4:2:0 buffer, all planes, which the next grab overwrites. */
  private ByteBuffer yuv() throws IOException {
    if (current == null
        || current.image == null
        || current.imageWidth <= 0
        || current.imageHeight <= 0) {
      throw new IOException("frame has no image");
    }
    if (!(current.image[0] instanceof ByteBuffer yuv)
        || current.imageChannels != 1
        || current.imageStride < current.imageWidth
        || yuv.capacity() < current.imageStride * current.imageHeight) {
      throw new IOException("frame is not 8-bit YUV 4:2:0");
    }
    // JavaCV limits the buffer to the luma plane; the chroma planes follow it in the same memory.
    return yuv.duplicate().clear();
  }

  /**
   * A copy of one plane, {@code rows} rows of {@code width} bytes, {@code stride} apart, each byte
   * mapped through {@code range}.
   */
  private static GrayFrame plane(
      ByteBuffer yuv, int start, int stride, int width, int rows, byte[] range) {
    byte[] pixels = new byte[width * rows];
    for (int row = 0; row < rows; row++) {
      yuv.get(start + row * stride, pixels, row * width, width);
    }
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = range[pixels[i] & 0xFF];
    }
    return new GrayFrame(width, rows, pixels);
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

  private static byte[] rangeTable(int low, int high) {
    byte[] table = new byte[256];
    for (int v = 0; v < 256; v++) {
      table[v] = (byte) Math.max(0, Math.min(255, Math.round((v - low) * 255.0 / (high - low))));
    }
    return table;
  }
}
