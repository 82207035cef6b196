package io.emoticctv.job.tracks;

/**
 * Exponential moving average of a track's emotion probabilities, so that one misread frame does
 * not flip what a person is shown (and counted) as feeling: each face's reading becomes {@code
 * alpha * newest + (1 - alpha) * smoothed so far}.
 */
public final class TrackSmoothing {
  private TrackSmoothing() {}

  /**
   * The track's state after a face captured at {@code captureTime} with the model's {@code
   * probabilities}; its probabilities are what the face is counted with.
   *
   * @param previous the track's state, or null for its first face
   * @param alpha weight of the newest face, in (0, 1]; 1 turns smoothing off
   * @param maxGapMillis a face more than this after the track's previous one starts afresh (the
   *     person left and a track id came back), so an old reading never leaks into a new one
   */
  public static TrackState next(
      TrackState previous, long captureTime, float[] probabilities, double alpha, long maxGapMillis) {
    if (previous == null || captureTime - previous.captureTime() > maxGapMillis) {
      return new TrackState(captureTime, probabilities.clone());
    }
    float[] before = previous.probabilities();
    float[] smoothed = new float[probabilities.length];
    for (int i = 0; i < smoothed.length; i++) {
      smoothed[i] = (float) (alpha * probabilities[i] + (1 - alpha) * before[i]);
    }
    return new TrackState(Math.max(captureTime, previous.captureTime()), smoothed);
  }
}
