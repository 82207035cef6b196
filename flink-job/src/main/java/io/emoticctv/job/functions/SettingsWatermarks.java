package io.emoticctv.job.functions;

import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time of the settings streams (rules, cameras): they have none, so they declare themselves
 * idle for good. An operator with two inputs follows the smaller watermark of its active inputs,
 * so the rule fan-out (windows + broadcast settings) follows the windows alone. (A watermark at
 * the end of time instead would be what the fan-out follows whenever the faces go idle, and every
 * later window would reach the alert episodes as late.)
 */
public final class SettingsWatermarks {
  private SettingsWatermarks() {}

  public static <T> WatermarkStrategy<T> neverHoldBack() {
    return context -> new WatermarkGenerator<>() {
      @Override
      public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

      @Override
      public void onPeriodicEmit(WatermarkOutput output) {
        output.markIdle();
      }
    };
  }
}
