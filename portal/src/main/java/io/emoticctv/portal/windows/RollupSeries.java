package io.emoticctv.portal.windows;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A span of one camera's rollup buckets as the camera page draws them; the page adds each new
 * window's counts to its bucket and drops buckets that leave the span.
 *
 * @param bucketMillis the buckets' size
 * @param spanMillis how far back the page keeps buckets, from the newest
 */
@Serdeable
public record RollupSeries(long bucketMillis, long spanMillis, List<Bucket> buckets) {

  /** @param start epoch ms; {@code counts} in Emotion order */
  @Serdeable
  public record Bucket(long start, long faces, List<Long> counts) {}

  public static RollupSeries of(Duration bucket, Duration span, List<RollupCounts> rows) {
    return new RollupSeries(
        bucket.toMillis(),
        span.toMillis(),
        rows.stream()
            .map(r -> new Bucket(r.bucket().toEpochMilli(), r.faces(), Arrays.stream(r.counts()).boxed().toList()))
            .toList());
  }
}
