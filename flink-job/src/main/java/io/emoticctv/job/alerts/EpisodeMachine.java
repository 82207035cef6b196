package io.emoticctv.job.alerts;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.job.records.RuleOffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The alert lifecycle of one rule in one scope, as one pure decision per event time: the rule's
 * pattern opens an episode ({@code OPENED}), the episode follows the condition while it holds
 * ({@code UPDATED} only when its peak share, emotion or cameras change) and ends when it clears
 * ({@code RESOLVED}); after that the scope stays quiet for the rule's cooldown.
 *
 * <p>Patterns, checked on the windows that close at one event time:
 *
 * <ul>
 *   <li>SUSTAINED opens on {@code windows} consecutive windows, each with at least {@code
 *       minFaces} faces and the rule's share at or above {@code threshold};
 *   <li>RISING opens on {@code windows} consecutive windows with at least {@code minFaces} faces
 *       whose share rises strictly from each to the next and ends at or above {@code threshold};
 *   <li>ZONE_SPREAD opens when at least {@code minCameras} cameras of the zone have a window at or
 *       above the threshold (with {@code minFaces}) ending within {@code spanMs}.
 * </ul>
 *
 * An open camera episode holds while each new window stays at or above the threshold; a zone
 * episode while enough cameras do. A missing window (the camera saw nobody, or the rule no longer
 * covers it or was deleted), a disabled rule or a schedule that is off clears the condition.
 * The episode keeps the rule version, name and severity that opened it; its condition follows the
 * newest version of the rule.
 */
public final class EpisodeMachine {
  /** A summed share of several emotions may miss the threshold by rounding alone. */
  static final double EPSILON = 1e-9;

  private EpisodeMachine() {}

  /**
   * Advances the scope to event time {@code timestamp}.
   *
   * @param state what the scope remembered, or null
   * @param offers the windows (one per camera) that closed at {@code timestamp}, with the rule
   *     version current for each; empty when the step is a wake-up without windows
   * @param windowMillis the window length
   */
  public static EpisodeStep advance(ScopeState state, long timestamp, List<RuleOffer> offers, long windowMillis) {
    if (state == null && offers.isEmpty()) {
      return new EpisodeStep(null, List.of(), EpisodeStep.NO_WAKE_UP);
    }
    RuleOffer newest = offers.isEmpty() ? null : offers.get(offers.size() - 1);
    RuleRecord rule = newest == null ? state.rule() : newest.rule();
    String scope = newest == null ? state.scope() : newest.scope();
    String zone = newest == null ? state.zone() : newest.zone();
    long end = timestamp + 1;
    boolean active = rule.enabled() && rule.schedule().activeAt(end);
    Reading reading = rule.kind() == RuleKind.ZONE_SPREAD
        ? readZone(rule, state, offers, end)
        : readCamera(rule, state, newest, end, windowMillis);

    AlertRecord episode = state == null ? null : state.episode();
    int[] counts = state == null ? null : state.episodeCounts();
    long quietUntil = state == null ? Long.MIN_VALUE : state.quietUntil();
    List<AlertRecord> alerts = new ArrayList<>(1);
    if (episode != null) {
      if (active && reading.holding()) {
        counts = plus(counts, reading.fresh());
        AlertRecord next = continued(episode, rule, reading, counts, end, windowMillis);
        if (next.peakShare() > episode.peakShare() || next.emotion() != episode.emotion()
            || !next.cameras().equals(episode.cameras())) {
          alerts.add(next);
        }
        episode = next;
      } else {
        alerts.add(resolved(episode, reading.currentShare(), end));
        episode = null;
        counts = null;
        quietUntil = end + rule.cooldownMs();
      }
    } else if (active && reading.matched() && end >= quietUntil) {
      counts = plus(new int[Emotion.COUNT], reading.run());
      episode = opened(rule, scope, zone, reading, counts, end, windowMillis);
      alerts.add(episode);
    }

    boolean watching = episode != null || !reading.recent().isEmpty() || !reading.passing().isEmpty();
    ScopeState next = watching || quietUntil > end
        ? new ScopeState(rule, scope, zone, reading.recent(), reading.passing(), episode, counts, quietUntil)
        : null;
    long wakeUpAt = watching ? timestamp + windowMillis : quietUntil > end ? quietUntil - 1 : EpisodeStep.NO_WAKE_UP;
    return new EpisodeStep(next, alerts, wakeUpAt);
  }

  /** Whether one window reaches the rule: enough faces, and the share at or above the threshold. */
  public static boolean reaches(RuleRecord rule, EmotionWindow window) {
    return window.faces() > 0 && window.faces() >= rule.minFaces() && rule.share(window) >= rule.threshold() - EPSILON;
  }

  /**
   * What the windows at one event time say about the pattern.
   *
   * @param recent camera rules' consecutive windows after this step
   * @param passing zone rules' passing windows after this step
   * @param matched the pattern that opens an episode is complete
   * @param holding the condition that keeps an episode open holds
   * @param run the windows that make up the match
   * @param fresh the windows of this step that reach the rule
   * @param completing the window that completed the match or holds the episode, or null
   * @param currentShare the rule's share in this step's window(s); 0 without any
   */
  private record Reading(
      List<EmotionWindow> recent,
      Map<String, EmotionWindow> passing,
      boolean matched,
      boolean holding,
      List<EmotionWindow> run,
      List<EmotionWindow> fresh,
      EmotionWindow completing,
      double currentShare) {}

  private static Reading readCamera(RuleRecord rule, ScopeState state, RuleOffer newest, long end, long windowMillis) {
    List<EmotionWindow> recent = new ArrayList<>(state == null ? List.of() : state.recent());
    EmotionWindow window = newest == null ? null : newest.window();
    if (window != null) {
      if (!recent.isEmpty() && recent.get(recent.size() - 1).windowEnd() != window.windowStart()) {
        recent.clear(); // a window without faces lies between: the run is broken
      }
      recent.add(window);
      while (recent.size() > rule.windows()) {
        recent.remove(0);
      }
    } else if (!recent.isEmpty() && end - recent.get(recent.size() - 1).windowEnd() >= windowMillis) {
      recent.clear();
    }
    boolean holding = window != null && reaches(rule, window);
    boolean complete = recent.size() == rule.windows();
    boolean matched = complete && (rule.kind() == RuleKind.RISING ? rising(rule, recent) : recent.stream().allMatch(w -> reaches(rule, w)));
    return new Reading(recent, Map.of(), matched, holding, recent, holding ? List.of(window) : List.of(), window,
        window == null ? 0 : rule.share(window));
  }

  private static boolean rising(RuleRecord rule, List<EmotionWindow> run) {
    for (int i = 0; i < run.size(); i++) {
      EmotionWindow w = run.get(i);
      if (w.faces() == 0 || w.faces() < rule.minFaces()) {
        return false;
      }
      if (i > 0 && !(rule.share(w) > rule.share(run.get(i - 1)))) {
        return false;
      }
    }
    return reaches(rule, run.get(run.size() - 1));
  }

  private static Reading readZone(RuleRecord rule, ScopeState state, List<RuleOffer> offers, long end) {
    Map<String, EmotionWindow> passing = new TreeMap<>(state == null ? Map.of() : state.passing());
    List<EmotionWindow> fresh = new ArrayList<>();
    double currentShare = 0;
    // in camera order, so the camera named as completing a spread is the same on every replay
    List<EmotionWindow> windows = offers.stream()
        .map(RuleOffer::window)
        .sorted(Comparator.comparing(EmotionWindow::cameraId))
        .toList();
    for (EmotionWindow w : windows) {
      currentShare = Math.max(currentShare, rule.share(w));
      if (reaches(rule, w)) {
        passing.put(w.cameraId(), w);
        fresh.add(w);
      } else {
        passing.remove(w.cameraId());
      }
    }
    passing.values().removeIf(w -> w.windowEnd() <= end - rule.spanMs());
    boolean spread = passing.size() >= rule.minCameras();
    List<EmotionWindow> run = new ArrayList<>(passing.values());
    EmotionWindow completing = fresh.isEmpty()
        ? run.stream().max(Comparator.comparingLong(EmotionWindow::windowEnd)
            .thenComparing(EmotionWindow::cameraId)).orElse(null)
        : fresh.get(fresh.size() - 1);
    return new Reading(List.of(), passing, spread, spread, run, fresh, completing, currentShare);
  }

  private static AlertRecord opened(
      RuleRecord rule, String scope, String zone, Reading reading, int[] counts, long end, long windowMillis) {
    long first = reading.run().stream().mapToLong(EmotionWindow::windowStart).min().orElseThrow();
    EmotionWindow completing = reading.completing();
    return new AlertRecord(
        AlertRecord.SCHEMA_VERSION,
        AlertRecord.alertId(rule.ruleId(), scope, first),
        AlertPhase.OPENED,
        completing.cameraId(),
        zone,
        dominant(rule, counts),
        rule.severity(),
        first,
        end,
        end,
        0,
        reading.run().stream().mapToDouble(rule::share).max().orElseThrow(),
        rule.share(completing),
        windowsBetween(first, end, windowMillis),
        cameras(List.of(), reading.run()),
        rule.ruleId(),
        rule.version(),
        rule.name(),
        rule.kind(),
        completing.model(),
        completing.modelSha256());
  }

  private static AlertRecord continued(
      AlertRecord episode, RuleRecord rule, Reading reading, int[] counts, long end, long windowMillis) {
    double peak = episode.peakShare();
    for (EmotionWindow w : reading.fresh()) {
      peak = Math.max(peak, rule.share(w));
    }
    EmotionWindow newest = reading.fresh().isEmpty() ? null : reading.fresh().get(reading.fresh().size() - 1);
    return new AlertRecord(
        AlertRecord.SCHEMA_VERSION, episode.alertId(), AlertPhase.UPDATED, episode.cameraId(), episode.zone(),
        dominant(rule, counts), episode.severity(), episode.firstWindowStart(), episode.openedAt(), end, 0, peak,
        newest == null ? episode.lastShare() : reading.currentShare(),
        windowsBetween(episode.firstWindowStart(), end, windowMillis),
        cameras(episode.cameras(), reading.fresh()),
        episode.ruleId(), episode.ruleVersion(), episode.rule(), episode.ruleKind(),
        newest == null ? episode.model() : newest.model(),
        newest == null ? episode.modelSha256() : newest.modelSha256());
  }

  private static AlertRecord resolved(AlertRecord episode, double lastShare, long end) {
    return new AlertRecord(
        AlertRecord.SCHEMA_VERSION, episode.alertId(), AlertPhase.RESOLVED, episode.cameraId(), episode.zone(),
        episode.emotion(), episode.severity(), episode.firstWindowStart(), episode.openedAt(), end, end,
        episode.peakShare(), lastShare, episode.windows(), episode.cameras(), episode.ruleId(), episode.ruleVersion(),
        episode.rule(), episode.ruleKind(), episode.model(), episode.modelSha256());
  }

  private static int windowsBetween(long start, long end, long windowMillis) {
    return (int) ((end - start + windowMillis - 1) / windowMillis);
  }

  private static List<String> cameras(List<String> before, List<EmotionWindow> windows) {
    TreeSet<String> cameras = new TreeSet<>(before);
    windows.forEach(w -> cameras.add(w.cameraId()));
    return List.copyOf(cameras);
  }

  private static int[] plus(int[] counts, List<EmotionWindow> windows) {
    int[] sum = counts.clone();
    for (EmotionWindow w : windows) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += w.counts()[i];
      }
    }
    return sum;
  }

  /** The rule's emotion with the most faces over the episode; ties go to the earlier emotion. */
  static Emotion dominant(RuleRecord rule, int[] counts) {
    Emotion best = null;
    for (Emotion emotion : EnumSet.copyOf(rule.emotions())) {
      if (best == null || counts[emotion.ordinal()] > counts[best.ordinal()]) {
        best = emotion;
      }
    }
    return best;
  }
}
