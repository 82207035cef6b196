package io.emoticctv.portal.reports;

import java.time.Duration;
import java.util.Locale;

/**
 * A report's bucket size. Minutes and hours come from the rollups {@code emotion_minutes} and
 * {@code emotion_hours}; a day is the sum of its hours in the display zone. Each has the longest
 * range it may cover, so a report stays a few thousand buckets at most.
 */
public enum Granularity {
  MINUTE("emotion_minutes", Duration.ofDays(2)),
  HOUR("emotion_hours", Duration.ofDays(92)),
  DAY("emotion_hours", Duration.ofDays(731));

  final String rollup;
  final Duration maxRange;

  Granularity(String rollup, Duration maxRange) {
    this.rollup = rollup;
    this.maxRange = maxRange;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the accepted values */
  static Granularity parse(String text) {
    for (Granularity g : values()) {
      if (g.key().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return g;
      }
    }
    throw new IllegalArgumentException("The granularity must be minute, hour or day.");
  }
}
