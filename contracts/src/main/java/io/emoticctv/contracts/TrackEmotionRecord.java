package io.emoticctv.contracts;

/**
 * Topic {@code track-emotions}, schema v1, key = camera id; short retention. The job's current,
 * smoothed reading of one tracked face, for the portal's live view to draw over the previews.
 * Carries no image and no identity: the track id is only stable while the face stays in view.
 *
 * @param captureTime capture time of the frame of the latest face of the track, epoch ms
 * @param box where that face is in the camera frame
 * @param probabilities per emotion (in {@link Emotion} order), calibrated and smoothed over the
 *     track's recent faces
 * @param emotion the most probable emotion
 * @param confidence its probability, 0..1; the portal shows "uncertain" below its threshold
 */
public record TrackEmotionRecord(
    int v,
    String cameraId,
    long trackId,
    long captureTime,
    Box box,
    float[] probabilities,
    Emotion emotion,
    float confidence) {

  public static final int SCHEMA_VERSION = 1;
}
