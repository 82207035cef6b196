package io.emoticctv.job.functions;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.job.alerts.AlertDecisions;
import io.emoticctv.job.alerts.AlertEpisodes;
import io.emoticctv.job.alerts.AlertRule;
import io.emoticctv.job.alerts.Episode;
import io.emoticctv.job.alerts.EpisodeStep;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One alert per episode, per camera: input 1 are the candidate alerts of the CEP pattern, input
 * 2 the camera's windows. The first candidate opens an episode and is emitted; candidates while
 * it is open are suppressed; a window below the rule, or a window's worth of time without any
 * face, closes it and clears the camera's state.
 *
 * <p>Candidates and windows reach this operator over two channels, so their arrival order is
 * not their event-time order (a window after the run can arrive before the run's match). Both
 * are therefore buffered by event timestamp and decided in timestamp order when the watermark
 * passes, which makes the outcome the same on every run and every replay.
 */
public final class AlertEpisodeFunction
    extends KeyedCoProcessFunction<String, AlertRecord, EmotionWindow, AlertRecord> {
  private final AlertRule rule;
  private final long windowMillis;

  private transient ValueState<Episode> episode;
  private transient MapState<Long, AlertRecord> pendingCandidates;
  private transient MapState<Long, Boolean> pendingWindows;

  public AlertEpisodeFunction(AlertRule rule, long windowMillis) {
    this.rule = rule;
    this.windowMillis = windowMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    episode = getRuntimeContext().getState(
        new ValueStateDescriptor<>("episode", TypeInformation.of(Episode.class)));
    pendingCandidates = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("pending-candidates", Types.LONG, TypeInformation.of(AlertRecord.class)));
    pendingWindows = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("pending-window-verdicts", Types.LONG, Types.BOOLEAN));
  }

  @Override
  public void processElement1(AlertRecord candidate, Context ctx, Collector<AlertRecord> out) throws Exception {
    pendingCandidates.put(ctx.timestamp(), candidate);
    ctx.timerService().registerEventTimeTimer(ctx.timestamp());
  }

  @Override
  public void processElement2(EmotionWindow window, Context ctx, Collector<AlertRecord> out) throws Exception {
    long timestamp = ctx.timestamp();
    if (timestamp <= ctx.timerService().currentWatermark()) {
      // A late firing (allowed lateness) revising a window already decided on: the row in the
      // database is updated, but the episode decision stands, as the CEP pattern drops it too.
      return;
    }
    pendingWindows.put(timestamp, AlertDecisions.isAbnormal(window, rule));
    ctx.timerService().registerEventTimeTimer(timestamp);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertRecord> out) throws Exception {
    Boolean windowAbnormal = pendingWindows.get(timestamp);
    AlertRecord candidate = pendingCandidates.get(timestamp);
    pendingWindows.remove(timestamp);
    pendingCandidates.remove(timestamp);

    EpisodeStep step = AlertEpisodes.advance(episode.value(), timestamp, windowAbnormal, candidate, windowMillis);
    if (step.alert() != null) {
      out.collect(step.alert());
    }
    if (step.episode() == null) {
      episode.clear();
    } else {
      episode.update(step.episode());
      // wakes up when the camera's next window is due, to notice if it never comes
      ctx.timerService().registerEventTimeTimer(step.episode().lastWindowTimestamp() + windowMillis);
    }
  }
}
