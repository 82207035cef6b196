package io.emoticctv.contracts;

/**
 * Topic {@code camera-probe-results}, schema v1, key = request id. What an ingest agent found when
 * it probed a stream URL.
 *
 * @param ok true when a frame was read; then the fields below describe the stream
 * @param failure why not, when {@code ok} is false; otherwise null
 * @param message a sentence for the admin: what was found or what went wrong
 * @param codec the video codec's name, such as {@code h264} or {@code mjpeg}
 * @param fps the stream's frame rate as reported by the source, 0 when unknown
 * @param snapshotJpeg a low-resolution JPEG of the frame read (base64 in JSON), or null
 */
public record ProbeResult(
    int v,
    String requestId,
    boolean ok,
    ProbeFailure failure,
    String message,
    int width,
    int height,
    String codec,
    double fps,
    byte[] snapshotJpeg,
    long probedAt) {

  public static final int SCHEMA_VERSION = 1;
}
