package io.emoticctv.job.functions;

import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.job.records.EmotionTally;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Turns a camera's window tally into the published {@link EmotionWindow}. */
public final class ToEmotionWindow
    extends ProcessWindowFunction<EmotionTally, EmotionWindow, String, TimeWindow> {
  @Override
  public void process(String cameraId, Context ctx, Iterable<EmotionTally> tallies, Collector<EmotionWindow> out) {
    TimeWindow window = ctx.window();
    for (EmotionTally tally : tallies) { // exactly one: the aggregate's result
      out.collect(tally.toWindow(cameraId, window.getStart(), window.getEnd()));
    }
  }
}
