package io.emoticctv.portal.windows;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A camera's rollup buckets of the last 15 minutes (by minute) and the last 24 hours (by hour). */
@Singleton
public final class CameraRollups {
  static final Duration MINUTE = Duration.ofMinutes(1);
  static final Duration HOUR = Duration.ofHours(1);
  static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
  static final Duration DAY = Duration.ofHours(24);

  private final RollupRepository rollups;
  private final Clock clock = Clock.systemUTC();

  CameraRollups(RollupRepository rollups) {
    this.rollups = rollups;
  }

  public RollupSeries lastQuarterHour(String cameraId) {
    return RollupSeries.of(MINUTE, QUARTER_HOUR, rollups.minutesSince(cameraId, since(QUARTER_HOUR, MINUTE)));
  }

  public RollupSeries lastDay(String cameraId) {
    return RollupSeries.of(HOUR, DAY, rollups.hoursSince(cameraId, since(DAY, HOUR)));
  }

  /** The start of the oldest bucket still in the span: {@code span - bucket} before the current bucket's start. */
  private Instant since(Duration span, Duration bucket) {
    long now = clock.millis();
    long current = now - Math.floorMod(now, bucket.toMillis());
    return Instant.ofEpochMilli(current - span.toMillis() + bucket.toMillis());
  }
}
