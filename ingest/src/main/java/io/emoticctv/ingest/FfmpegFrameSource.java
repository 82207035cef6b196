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

/** Any source FFmpeg opens (files, RTSP, HTTP/MJPEG), decoded straight to 8-bit gray. */
public final class FfmpegFrameSource implements FrameSource {
  private static final Logger LOG = LoggerFactory.getLogger(FfmpegFrameSource.class);

  /** Socket read/connect timeout for network sources, so a dead camera cannot hang its thread. */
  static final String IO_TIMEOUT_MICROS = "5000000";

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

  private FfmpegFrameSource(FFmpegFrameGrabber grabber, double frameRate) {
    this.grabber = grabber;
    this.frameRate = frameRate;
  }

  /** Opens the camera's URL; fails with the FFmpeg error when it cannot be reached or read. */
  public static FfmpegFrameSource open(CameraConfig camera) throws IOException {
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(camera.url());
    grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
    if (!camera.isLocalFile()) {
      grabber.setOption("timeout", IO_TIMEOUT_MICROS);
      grabber.setOption("rw_timeout", IO_TIMEOUT_MICROS);
    }
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      release(grabber);
      throw new IOException("cannot open " + camera.safeUrl() + ": " + reason(e), e);
    }
    if (!grabber.hasVideo()) {
      release(grabber);
      throw new IOException(camera.safeUrl() + " has no video stream");
    }
    double fps = grabber.getVideoFrameRate();
    if (!(fps > 0 && fps <= 240)) {
      LOG.warn(
          "{} does not report a usable frame rate ({}); assuming {}",
          camera.safeUrl(),
          fps,
          UNKNOWN_FPS_FALLBACK);
      fps = UNKNOWN_FPS_FALLBACK;
    }
    return new FfmpegFrameSource(grabber, fps);
  }

  /**
   * FFmpeg's own words for a JavaCV error ("Connection refused", "No such file or directory"),
   * which is what an operator needs on the dashboard, rather than JavaCV's call-site message.
   */
  static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher code = FFMPEG_ERROR_CODE.matcher(message);
    if (code.find()) {
      byte[] text = new byte[256];
      if (avutil.av_strerror(Integer.parseInt(code.group(1)), text, text.length) == 0) {
        int end = 0;
        while (end < text.length && text[end] != 0) {
          end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
      }
    }
    return message;
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
      throw new IOException("unreadable frame: " + reason(e), e);
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
