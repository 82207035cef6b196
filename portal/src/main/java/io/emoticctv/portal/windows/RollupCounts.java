package io.emoticctv.portal.windows;

import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One camera's bucket of the rollups {@code emotion_minutes} / {@code emotion_hours}: its faces and
 * their counts per emotion, in {@link io.emoticctv.contracts.Emotion} order. Read only, through
 * {@link RollupRepository}.
 */
@MappedEntity("emotion_minutes")
public record RollupCounts(
    String cameraId,
    Instant bucket,
    long faces,
    long anger,
    long disgust,
    long fear,
    long happiness,
    long neutral,
    long sadness,
    long surprise) {

  public long[] counts() {
    return new long[] {anger, disgust, fear, happiness, neutral, sadness, surprise};
  }
}
