package io.emoticctv.job.functions;

import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.job.alerts.AlertDecisions;
import io.emoticctv.job.alerts.AlertRule;
import org.apache.flink.cep.nfa.aftermatch.AfterMatchSkipStrategy;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.IterativeCondition;

/**
 * The CEP pattern of a sustained abnormal emotion: {@code rule.windows()} abnormal windows of a
 * camera in a row, each starting where the previous ended (a window the camera saw no face in
 * breaks the run, as a window below the rule does).
 */
public final class SustainedAbnormalPattern {
  public static final String RUN = "abnormal-run";

  private SustainedAbnormalPattern() {}

  public static Pattern<EmotionWindow, EmotionWindow> of(AlertRule rule) {
    // skipPastLastEvent: a long run yields one match per rule.windows() windows instead of one
    // per window; the episode function keeps the first and suppresses the rest either way.
    return Pattern.<EmotionWindow>begin(RUN, AfterMatchSkipStrategy.skipPastLastEvent())
        .where(new AbnormalContinuation(rule))
        .times(rule.windows())
        .consecutive();
  }

  /** Accepts an abnormal window that directly follows the run's last window. */
  static final class AbnormalContinuation extends IterativeCondition<EmotionWindow> {
    private final AlertRule rule;

    AbnormalContinuation(AlertRule rule) {
      this.rule = rule;
    }

    @Override
    public boolean filter(EmotionWindow window, Context<EmotionWindow> ctx) throws Exception {
      if (!AlertDecisions.isAbnormal(window, rule)) {
        return false;
      }
      EmotionWindow last = null;
      for (EmotionWindow earlier : ctx.getEventsForPattern(RUN)) {
        last = earlier;
      }
      return last == null || AlertDecisions.follows(last, window);
    }
  }
}
