package io.emoticctv.portal.windows;

import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Face counts of one row of {@code emotion_windows} as the job writes it, per emotion in {@link
 * io.emoticctv.contracts.Emotion} order. The portal reads only the counts: the dashboards show
 * shares of faces, the same measure the alert rules use. No {@code @Id}: the portal only reads
 * windows through the queries of {@link EmotionWindowRepository}.
 */
@MappedEntity("emotion_windows")
public record WindowCounts(
    String cameraId,
    Instant windowStart,
    Instant windowEnd,
    int faces,
    int anger,
    int disgust,
    int fear,
    int happiness,
    int neutral,
    int sadness,
    int surprise) {

  public int[] counts() {
    return new int[] {anger, disgust, fear, happiness, neutral, sadness, surprise};
  }
}
