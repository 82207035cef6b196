package io.emoticctv.portal.windows;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code emotion_windows} as the job writes it; the portal only reads the face counts
 * (the dashboards show shares of faces, the same measure the alert rules use).
 */
@MappedEntity("emotion_windows")
public record EmotionWindowRow(
    @EmbeddedId WindowKey key,
    Instant windowEnd,
    int faces,
    int anger,
    int disgust,
    int fear,
    int happiness,
    int neutral,
    int sadness,
    int surprise) {}
