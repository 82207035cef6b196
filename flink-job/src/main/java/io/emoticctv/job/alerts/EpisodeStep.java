package io.emoticctv.job.alerts;

import io.emoticctv.contracts.AlertRecord;
import java.util.List;

/**
 * The outcome of {@link EpisodeMachine#advance}.
 *
 * @param state what the scope remembers now, or null when it can forget everything
 * @param alerts the alert records to publish (at most one)
 * @param wakeUpAt the event time at which to advance again even without a window ({@link
 *     #NO_WAKE_UP} for never): the scope's next window is due then, or its cooldown ends
 */
public record EpisodeStep(ScopeState state, List<AlertRecord> alerts, long wakeUpAt) {
  public static final long NO_WAKE_UP = Long.MIN_VALUE;
}
