package io.emoticctv.contracts;

/**
 * Topic {@code emotion-windows}, schema v2, key = camera id; also the {@code emotion_windows}
 * table. The emotions of the faces one camera saw in one event-time window.
 *
 * <p>Arrays are indexed in {@link Emotion} order.
 *
 * @param windowStart inclusive, epoch ms
 * @param windowEnd exclusive, epoch ms
 * @param faces face crops classified in the window
 * @param counts per emotion, faces whose most probable emotion it was; sums to {@code faces}
 * @param meanProbabilities per emotion, the mean of the model's calibrated (and, per track,
 *     smoothed) probability over the faces
 * @param tracks distinct ingest tracks among the faces: about how many people were seen
 * @param model name and version of the model that classified the faces
 * @param modelSha256 SHA-256 of that model's weights
 */
public record EmotionWindow(
    int v,
    String cameraId,
    long windowStart,
    long windowEnd,
    int faces,
    int[] counts,
    float[] meanProbabilities,
    int tracks,
    String model,
    String modelSha256) {

  public static final int SCHEMA_VERSION = 2;

  /** Share of the faces whose most probable emotion was {@code emotion}, 0 when empty. */
  public double share(Emotion emotion) {
    return faces == 0 ? 0 : (double) counts[emotion.ordinal()] / faces;
  }
}
