package io.emoticctv.job.functions;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.job.alerts.AlertDecisions;
import io.emoticctv.job.alerts.AlertRule;
import java.util.List;
import java.util.Map;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns a match of {@link SustainedAbnormalPattern} into a candidate alert; whether it is raised
 * is up to {@link AlertEpisodeFunction}.
 */
public final class RaiseAlertCandidate extends PatternProcessFunction<EmotionWindow, AlertRecord> {
  private final AlertRule rule;

  public RaiseAlertCandidate(AlertRule rule) {
    this.rule = rule;
  }

  @Override
  public void processMatch(Map<String, List<EmotionWindow>> match, Context ctx, Collector<AlertRecord> out) {
    out.collect(AlertDecisions.alertFor(match.get(SustainedAbnormalPattern.RUN), rule));
  }
}
