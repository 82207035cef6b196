package io.emoticctv.contracts;

import java.util.Map;

/**
 * Topic {@code camera-status}, schema v2, key = camera id. Sent by the ingest agent every few
 * seconds per camera.
 *
 * @param time when the status was taken, epoch ms
 * @param framesInPerSecond frames decoded from the source per second
 * @param framesAnalysedPerSecond frames sampled and run through face detection per second
 * @param facesPerSecond face crops published per second
 * @param framesDropped frames skipped since the agent started because analysis fell behind
 *     real time (the oldest are dropped first)
 * @param facesRejected faces dropped by the quality gate since the agent started
 * @param rejectedByReason the same, per reason ({@code small}, {@code blurry}, {@code pose})
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
    long framesDropped,
    long facesRejected,
    Map<String, Long> rejectedByReason,
    long lastFrameTime,
    String lastError) {

  public static final int SCHEMA_VERSION = 2;
}
