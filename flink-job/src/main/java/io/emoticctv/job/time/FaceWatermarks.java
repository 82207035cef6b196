package io.emoticctv.job.time;

import io.emoticctv.job.io.CaptureTimes;
import io.emoticctv.job.records.KafkaRecordBytes;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time of the {@code faces} source: each face's capture time, read from its bytes by the
 * Kafka source, so that watermarks are kept per partition ({@link PartitionWatermarks}).
 *
 * <p>Flink creates one instance of this strategy per source subtask and asks it for one
 * generator per partition (and one for the reader's main output, which sees no records); the
 * generators of a subtask share its {@link SubtaskWatermark}.
 */
public final class FaceWatermarks implements WatermarkStrategy<KafkaRecordBytes> {
  private final Duration outOfOrderness;
  private final Duration idleTimeout;
  private final Duration liveLag;
  private transient SubtaskWatermark subtask;

  /**
   * @param outOfOrderness how far a partition's faces may arrive out of capture order
   * @param idleTimeout how long a partition may deliver nothing before it stops holding back
   * @param liveLag how far behind the wall clock a live partition's idle event time runs
   */
  public FaceWatermarks(Duration outOfOrderness, Duration idleTimeout, Duration liveLag) {
    this.outOfOrderness = outOfOrderness;
    this.idleTimeout = idleTimeout;
    this.liveLag = liveLag;
  }

  @Override
  public WatermarkGenerator<KafkaRecordBytes> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
    if (subtask == null) {
      subtask = new SubtaskWatermark();
    }
    return new PartitionWatermarks<>(outOfOrderness.toMillis(), idleTimeout.toMillis(), liveLag.toMillis(),
        System::currentTimeMillis, subtask);
  }

  @Override
  public TimestampAssigner<KafkaRecordBytes> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
    return (record, kafkaTime) -> CaptureTimes.of(record.value(), PartitionWatermarks.NO_CAPTURE_TIME);
  }
}
