package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;

/**
 * Turns a gray face image into the record published on {@code faces}. Every producer (the camera
 * pipeline, tests feeding dataset images) goes through here, so all crops get the same shared
 * {@link FacePreprocessing}.
 */
public final class FaceRecords {
  private FaceRecords() {}

  /**
   * @param gray the face, 8-bit gray, row major, {@code width * height} bytes, any size
   * @param box where the face is in the camera frame
   * @param score detector confidence, 0..1
   */
  public static FaceRecord fromGrayFace(
      String cameraId, long captureTime, Box box, float score, byte[] gray, int width, int height) {
    return fromGrayFace(cameraId, captureTime, null, box, score, gray, width, height);
  }

  /**
   * @param trackId the camera's tracker id for this face, or null when it is not tracked
   */
  public static FaceRecord fromGrayFace(
      String cameraId,
      long captureTime,
      Long trackId,
      Box box,
      float score,
      byte[] gray,
      int width,
      int height) {
    return FaceRecord.of(
        cameraId,
        captureTime,
        trackId,
        box,
        score,
        FacePreprocessing.toModelInput(gray, width, height));
  }
}
