package io.emoticctv.contracts;

/**
 * Topic {@code camera-status}, schema v1, key = camera id. Sent by the ingest agent every few
 * seconds per camera.
 *
 * @param time when the status was taken, epoch ms
 * @param framesInPerSecond frames decoded from the source per second
 * @param framesAnalysedPerSecond frames sampled and run through face detection per second
 * @param facesPerSecond face crops published per second
 * @param facesRejected faces dropped by the quality gate since the agent started
 * @param lastFrameTime capture time of the last decoded frame, epoch ms, or 0 if none yet
 * @param lastError the last error message, or null
 */
public record CameraStatus(
    int v,
    String cameraId,
    long time,
    CameraState state,
    double framesInPerSecond,
    double framesAnalysedPerSecond,
    double facesPerSecond,
    long facesRejected,
    long lastFrameTime,
    String lastError) {

  public static final int SCHEMA_VERSION = 1;
}
