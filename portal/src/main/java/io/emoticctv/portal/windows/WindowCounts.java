package io.emoticctv.portal.windows;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** Face counts of one stored window, per emotion in {@link io.emoticctv.contracts.Emotion} order. */
@Introspected
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
