package io.emoticctv.job.functions;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.job.alerts.EpisodeMachine;
import io.emoticctv.job.alerts.EpisodeStep;
import io.emoticctv.job.alerts.ScopeState;
import io.emoticctv.job.metrics.JobMetrics;
import io.emoticctv.job.records.RuleOffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs {@link EpisodeMachine} for each rule and scope (keyed by {@link RuleOffer#scopeKey}).
 *
 * <p>Why a keyed state machine and not Flink CEP: rules change while the job runs (threshold,
 * window count, emotions, kind, scope), and a CEP {@code Pattern} is compiled into the job graph
 * once, with its quantifiers ({@code times(n)}) and conditions fixed; one pattern per rule would
 * need a new job graph per rule edit. Even CEP over rule-tagged windows would still fix {@code n}
 * per pattern. The state machine reads the rule from each offer instead, so an edit applies at
 * the next window, and its decisions are a pure function that tests reach without Flink.
 *
 * <p>Offers of one event time come from many cameras (zone rules) over different channels, so
 * they are buffered by timestamp and decided together when the watermark passes, which makes
 * the outcome the same on every run and every replay. A window revised after the watermark
 * passed it (allowed lateness) rewrites its row but not the decision already taken.
 */
public final class RuleEpisodeFunction extends KeyedProcessFunction<String, RuleOffer, AlertRecord> {
  private final long windowMillis;

  private transient ValueState<ScopeState> scope;
  private transient MapState<Long, List<RuleOffer>> pending;
  private transient Histogram alertLatency;
  private transient Counter alertsOpened;

  public RuleEpisodeFunction(long windowMillis) {
    this.windowMillis = windowMillis;
  }

  @Override
  public void open(OpenContext openContext) {
    scope = getRuntimeContext().getState(
        new ValueStateDescriptor<>("scope", TypeInformation.of(ScopeState.class)));
    pending = getRuntimeContext().getMapState(new MapStateDescriptor<>(
        "pending-offers", Types.LONG, Types.LIST(TypeInformation.of(RuleOffer.class))));
    alertLatency = JobMetrics.histogram(getRuntimeContext().getMetricGroup(), "alertLatencyMs");
    alertsOpened = JobMetrics.counter(getRuntimeContext().getMetricGroup(), "alertsOpened");
  }

  @Override
  public void processElement(RuleOffer offer, Context ctx, Collector<AlertRecord> out) throws Exception {
    long timestamp = ctx.timestamp();
    if (timestamp <= ctx.timerService().currentWatermark()) {
      return; // a late revision of a window already decided on
    }
    List<RuleOffer> offers = pending.get(timestamp);
    List<RuleOffer> more = offers == null ? new ArrayList<>() : new ArrayList<>(offers);
    more.add(offer);
    pending.put(timestamp, more);
    ctx.timerService().registerEventTimeTimer(timestamp);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertRecord> out) throws Exception {
    List<RuleOffer> offers = pending.get(timestamp);
    pending.remove(timestamp);
    EpisodeStep step = EpisodeMachine.advance(
        scope.value(), timestamp, offers == null ? List.of() : offers, windowMillis);
    long now = System.currentTimeMillis();
    for (AlertRecord alert : step.alerts()) {
      if (offers != null) {
        alertLatency.update(now - offers.stream().mapToLong(RuleOffer::offeredAt).max().orElseThrow());
      }
      if (alert.phase() == AlertPhase.OPENED) {
        alertsOpened.inc();
      }
      out.collect(alert);
    }
    if (step.state() == null) {
      scope.clear();
    } else {
      scope.update(step.state());
    }
    if (step.wakeUpAt() != EpisodeStep.NO_WAKE_UP) {
      ctx.timerService().registerEventTimeTimer(step.wakeUpAt());
    }
  }
}
