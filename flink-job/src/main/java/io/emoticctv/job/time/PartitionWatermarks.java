package io.emoticctv.job.time;

import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Event time of one Kafka partition of the {@code faces} topic: the newest capture time read
 * from it, minus the out-of-orderness bound. Flink keeps the smallest of these over a source
 * subtask's partitions, so a partition replaying a backlog holds event time back instead of
 * having its faces dropped as late because another partition is ahead.
 *
 * <p>A partition that has delivered nothing for the idle timeout must not hold everyone back,
 * and Flink's own idleness is not enough: once every partition of a subtask is idle, the subtask
 * emits no watermark at all, so the newest one (of the partition that was ahead) never arrives
 * and a quiet camera's last windows never close. Instead an idle partition keeps emitting:
 *
 * <ul>
 *   <li>the newest watermark of its subtask's partitions: it no longer holds back the others,
 *       and when all are idle the subtask still reaches the newest one;
 *   <li>when its newest face was live (captured at most {@code liveLag} before it was read), at
 *       least wall clock minus {@code liveLag}: the product's faces come from live cameras, whose
 *       capture time is the wall clock, so a quiet camera's last windows close within about
 *       {@code idle + liveLag} of their end, with no later face needed. A partition replaying old
 *       faces never gets this, so the wall clock never overtakes a replay that merely paused.
 * </ul>
 *
 * A partition that has delivered nothing since it was assigned declares itself idle, as with
 * Flink's idleness: it has no event time to offer.
 */
public final class PartitionWatermarks<T> implements WatermarkGenerator<T> {
  /**
   * The timestamp of a record without a capture time (not a face record: it goes to the
   * dead-letter topic). It says nothing about event time; its Kafka time (now) would make a
   * replay's faces late.
   */
  public static final long NO_CAPTURE_TIME = Long.MIN_VALUE;

  private final long outOfOrdernessMillis;
  private final long idleMillis;
  private final long liveLagMillis;
  private final LongSupplier wallClock;
  private final SubtaskWatermark subtask;
  private final long createdAt;
  private long newestCapture = Long.MIN_VALUE;
  private long lastEventAt;
  private boolean live;
  private long emitted = Long.MIN_VALUE;

  public PartitionWatermarks(long outOfOrdernessMillis, long idleMillis, long liveLagMillis, LongSupplier wallClock,
      SubtaskWatermark subtask) {
    this.outOfOrdernessMillis = outOfOrdernessMillis;
    this.idleMillis = idleMillis;
    this.liveLagMillis = liveLagMillis;
    this.wallClock = wallClock;
    this.subtask = subtask;
    this.createdAt = wallClock.getAsLong();
  }

  @Override
  public void onEvent(T event, long captureTime, WatermarkOutput output) {
    if (captureTime == NO_CAPTURE_TIME) {
      return;
    }
    lastEventAt = wallClock.getAsLong();
    if (captureTime > newestCapture) {
      newestCapture = captureTime;
      live = lastEventAt - captureTime <= liveLagMillis;
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    long now = wallClock.getAsLong();
    if (newestCapture == Long.MIN_VALUE) {
      if (now - createdAt >= idleMillis) {
        output.markIdle();
      }
      return;
    }
    long watermark = newestCapture - outOfOrdernessMillis - 1;
    if (now - lastEventAt >= idleMillis) {
      watermark = Math.max(watermark, subtask.newest());
      if (live) {
        watermark = Math.max(watermark, now - liveLagMillis);
      }
    }
    if (watermark > emitted) {
      emitted = watermark;
      subtask.offer(watermark);
    }
    output.emitWatermark(new Watermark(emitted));
  }
}
