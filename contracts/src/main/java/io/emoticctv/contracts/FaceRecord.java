package io.emoticctv.contracts;

/**
 * Topic {@code faces}, schema v1, key = camera id. One face found in one analysed frame.
 *
 * @param v schema version, {@link #SCHEMA_VERSION}
 * @param cameraId camera that saw the face
 * @param captureTime frame capture time, epoch milliseconds (the job's event time)
 * @param trackId the ingest tracker's id for this face within the camera, or null when unknown
 * @param box where the face is in the frame
 * @param detectorScore detector confidence, 0..1
 * @param crop the face as the model takes it: {@link FacePreprocessing#SIZE}² gray pixels, row
 *     major, histogram-equalised (base64 in JSON). Never a whole frame, never an identity.
 */
public record FaceRecord(
    int v,
    String cameraId,
    long captureTime,
    Long trackId,
    Box box,
    float detectorScore,
    byte[] crop) {

  public static final int SCHEMA_VERSION = 1;

  public static FaceRecord of(
      String cameraId, long captureTime, Long trackId, Box box, float score, byte[] crop) {
    return new FaceRecord(SCHEMA_VERSION, cameraId, captureTime, trackId, box, score, crop);
  }
}
