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
 * <p>A partition that has delivered nothing for the idle timeout must not hold everyone back:
 *
 * <ul>
 *   <li>when its newest face was live (captured at most {@code liveLag} before it was read), it
 *       follows the wall clock minus {@code liveLag}: the product's faces come from live cameras,
 *       whose capture time is the wall clock, so a quiet camera's last windows close about the
 *       idle timeout after their end, with no later face needed, even when every partition of the
 *       job has gone quiet (Flink's idleness would then stop all watermarks);
 *   <li>otherwise (a replay that ended or paused) it declares itself idle, as with Flink's
 *       idleness, and never follows the wall clock, so a paused replay loses nothing and a
 *       finished one holds back neither its subtask's other partitions nor the other subtasks.
 * </ul>
 *
 * A partition that has delivered nothing since it was assigned declares itself idle too.
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
  private long newestCapture = Long.MIN_VALUE;
  /** Set by each face, cleared by the periodic emit: the wall clock is read per emit, not per face. */
  private boolean facesSinceEmit;
  private long lastFacesAt;
  private boolean live;
  private long emitted = Long.MIN_VALUE;

  public PartitionWatermarks(long outOfOrdernessMillis, long idleMillis, long liveLagMillis, LongSupplier wallClock) {
    this.outOfOrdernessMillis = outOfOrdernessMillis;
    this.idleMillis = idleMillis;
    this.liveLagMillis = liveLagMillis;
    this.wallClock = wallClock;
    this.lastFacesAt = wallClock.getAsLong();
  }

  @Override
  public void onEvent(T event, long captureTime, WatermarkOutput output) {
    if (captureTime != NO_CAPTURE_TIME) {
      newestCapture = Math.max(newestCapture, captureTime);
      facesSinceEmit = true;
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    long now = wallClock.getAsLong();
    if (facesSinceEmit) {
      facesSinceEmit = false;
      lastFacesAt = now;
      live = now - newestCapture <= liveLagMillis;
    }
    boolean idle = now - lastFacesAt >= idleMillis;
    if (idle && !live) {
      output.markIdle();
      return;
    }
    if (newestCapture == Long.MIN_VALUE) {
      return;
    }
    long watermark = newestCapture - outOfOrdernessMillis - 1;
    if (idle) { // and live
      watermark = Math.max(watermark, now - liveLagMillis);
    }
    emitted = Math.max(emitted, watermark);
    output.emitWatermark(new Watermark(emitted));
  }
}
