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
 * Records larger than the job accepts are not parsed: they go to the dead-letter topic.
 */
public final class FaceWatermarks implements WatermarkStrategy<KafkaRecordBytes> {
  private final Duration outOfOrderness;
  private final Duration idleTimeout;
  private final Duration liveLag;
  private final int maxRecordBytes;

  /**
   * @param outOfOrderness how far a partition's faces may arrive out of capture order
   * @param idleTimeout how long a partition may deliver nothing before it stops holding back
   * @param liveLag how far behind the wall clock a live partition's idle event time runs
   * @param maxRecordBytes the largest face record the job accepts
   */
  public FaceWatermarks(Duration outOfOrderness, Duration idleTimeout, Duration liveLag, int maxRecordBytes) {
    this.outOfOrderness = outOfOrderness;
    this.idleTimeout = idleTimeout;
    this.liveLag = liveLag;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public WatermarkGenerator<KafkaRecordBytes> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
    return new PartitionWatermarks<>(outOfOrderness.toMillis(), idleTimeout.toMillis(), liveLag.toMillis(),
        System::currentTimeMillis);
  }

  @Override
  public TimestampAssigner<KafkaRecordBytes> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
    return (record, kafkaTime) -> record.largerThan(maxRecordBytes)
        ? PartitionWatermarks.NO_CAPTURE_TIME
        : CaptureTimes.of(record.value(), PartitionWatermarks.NO_CAPTURE_TIME);
  }
}
