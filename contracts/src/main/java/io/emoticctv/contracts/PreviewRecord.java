package io.emoticctv.contracts;

import java.util.List;

/**
 * Topic {@code previews}, schema v1, key = camera id; short retention, never stored elsewhere. A
 * low-resolution JPEG of a camera's latest analysed frame (at most a couple per second) for the
 * portal's live view, with the faces found in it. The portal draws the job's emotions over them.
 *
 * @param capturedAt capture time of the frame, epoch ms
 * @param width width of the JPEG in pixels; boxes are in these pixels
 * @param height height of the JPEG in pixels
 * @param jpeg the image (base64 in JSON), at most {@link #MAX_JPEG_BYTES}
 * @param faces the faces in the image
 * @param blurred true when the faces were blurred in the image (the camera's privacy setting)
 */
public record PreviewRecord(
    int v,
    String cameraId,
    long capturedAt,
    int width,
    int height,
    byte[] jpeg,
    List<PreviewFace> faces,
    boolean blurred) {

  public static final int SCHEMA_VERSION = 1;
  public static final int MAX_JPEG_BYTES = 256 * 1024;
}
