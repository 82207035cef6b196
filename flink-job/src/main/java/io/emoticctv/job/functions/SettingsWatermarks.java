package io.emoticctv.job.functions;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time of the settings streams (rules, cameras): they have none, so they declare they will
 * never hold anyone back. An operator with two inputs follows the smaller watermark; without this,
 * the rule fan-out (windows + broadcast settings) would never see event time advance.
 */
public final class SettingsWatermarks {
  private SettingsWatermarks() {}

  public static <T> WatermarkStrategy<T> neverHoldBack() {
    return context -> new WatermarkGenerator<>() {
      @Override
      public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

      @Override
      public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(Long.MAX_VALUE));
      }
    };
  }
}
