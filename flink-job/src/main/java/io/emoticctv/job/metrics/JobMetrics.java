package io.emoticctv.job.metrics;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * The job's own metrics, all in the operator's {@code emoticctv} group, so the Prometheus
 * reporter shows them as {@code flink_taskmanager_job_task_operator_emoticctv_<name>} (with the
 * operator name as a label):
 *
 * <ul>
 *   <li>{@code deadLetters} (counter, parse-faces): records sent to the dead-letter topic
 *   <li>{@code inferenceBatchSize} (histogram, classify-faces): faces per model call
 *   <li>{@code facesClassified} (counter) and {@code facesPerSecond} (meter, classify-faces)
 *   <li>{@code endToEndLatencyMs} (histogram, smooth-tracks): wall clock minus capture time of
 *       each classified face
 *   <li>{@code alertLatencyMs} (histogram, alert-episodes): from the window that produced an alert
 *       record closing (its watermark passed) to the record leaving the operator; the capture to
 *       window-close part is {@code endToEndLatencyMs} plus the window length and the watermark's
 *       out-of-orderness
 *   <li>{@code alertsOpened} (counter, alert-episodes): episodes opened
 * </ul>
 */
public final class JobMetrics {
  public static final String GROUP = "emoticctv";
  /** Samples each histogram keeps for its quantiles. */
  static final int HISTOGRAM_SAMPLES = 1_000;

  private JobMetrics() {}

  public static Counter counter(MetricGroup operator, String name) {
    return operator.addGroup(GROUP).counter(name);
  }

  public static Histogram histogram(MetricGroup operator, String name) {
    return operator.addGroup(GROUP).histogram(name, new DescriptiveStatisticsHistogram(HISTOGRAM_SAMPLES));
  }

  /** A per-second rate of {@code counter}, averaged over a minute. */
  public static Meter meter(MetricGroup operator, String name, Counter counter) {
    return operator.addGroup(GROUP).meter(name, new MeterView(counter));
  }
}
