package io.emoticctv.ingest;

import java.util.regex.Pattern;

/**
 * One camera the agent reads.
 *
 * @param id camera id, the Kafka key of everything the camera produces
 * @param url anything FFmpeg opens: a file path (demo clips), {@code rtsp://..}, {@code http://..};
 *     may carry credentials, so logs and statuses show {@link #safeUrl()} instead
 * @param analysisFps frames per second run through face detection; the rest are decoded and dropped
 * @param loop for a local file: start it again when it ends (demo clips); otherwise the camera
 *     stops at the end of the file. A network stream that ends is a dropped connection and is
 *     always reconnected.
 * @param minFacePx the smallest face, in frame pixels, the detector looks for; smaller values cost
 *     more CPU (the frame is upscaled so that such faces fill the detector's window)
 * @param detector which face detector the camera runs
 * @param rtspTransport for an {@code rtsp://} URL: RTP over the RTSP connection (TCP, the default:
 *     passes firewalls and NAT, no loss) or over UDP (lower latency on a clean LAN)
 * @param privacyBlur faces are blurred in the camera's preview images
 */
public record CameraConfig(
    String id,
    String url,
    double analysisFps,
    boolean loop,
    int minFacePx,
    DetectorKind detector,
    RtspTransport rtspTransport,
    boolean privacyBlur) {
  public static final double DEFAULT_ANALYSIS_FPS = 5;

  /** The URL form of a local V4L2 capture device: {@code v4l2:/dev/video0}. */
  public static final String V4L2_PREFIX = "v4l2:";

  public static final int DEFAULT_MIN_FACE_PX = 12;
  public static final DetectorKind DEFAULT_DETECTOR = DetectorKind.BLAZEFACE;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
  private static final Pattern CREDENTIALS = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/]*@");

  public CameraConfig {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "camera id '" + id + "' must be 1-64 letters, digits, '_' or '-'");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("camera " + id + ": url is empty");
    }
    if (!(analysisFps > 0 && analysisFps <= 60)) {
      throw new IllegalArgumentException(
          "camera " + id + ": analysis fps must be in (0, 60], was " + analysisFps);
    }
    if (minFacePx < 6 || minFacePx > 480) {
      throw new IllegalArgumentException(
          "camera " + id + ": min face size must be 6..480 px, was " + minFacePx);
    }
    if (detector == null || rtspTransport == null) {
      throw new IllegalArgumentException("camera " + id + ": detector or RTSP transport missing");
    }
  }

  /** A camera with the default RTSP transport (TCP) and privacy blur on. */
  public CameraConfig(
      String id,
      String url,
      double analysisFps,
      boolean loop,
      int minFacePx,
      DetectorKind detector) {
    this(id, url, analysisFps, loop, minFacePx, detector, RtspTransport.TCP, true);
  }

  public static CameraConfig of(String id, String url) {
    return new CameraConfig(
        id, url, DEFAULT_ANALYSIS_FPS, false, DEFAULT_MIN_FACE_PX, DEFAULT_DETECTOR);
  }

  /** A local capture device ({@code v4l2:/dev/videoN}): live, like a network stream. */
  public boolean isV4l2Device() {
    return url.startsWith(V4L2_PREFIX);
  }

  /** A path on this machine rather than a network stream: it is paced to real time and may loop. */
  public boolean isLocalFile() {
    return isLocalFile(url);
  }

  static boolean isLocalFile(String url) {
    return url.startsWith("file:")
        || (!URL_SCHEME.matcher(url).matches() && !url.startsWith(V4L2_PREFIX));
  }

  /** The URL without its user and password, fit for logs and the status topic. */
  public String safeUrl() {
    return CREDENTIALS.matcher(url).replaceFirst("$1");
  }

  @Override
  public String toString() {
    return ("CameraConfig[id=%s, url=%s, analysisFps=%s, loop=%s, minFacePx=%d, detector=%s,"
            + " rtspTransport=%s, privacyBlur=%s]")
        .formatted(
            id, safeUrl(), analysisFps, loop, minFacePx, detector, rtspTransport, privacyBlur);
  }
}
