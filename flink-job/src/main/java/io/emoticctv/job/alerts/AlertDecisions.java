package io.emoticctv.job.alerts;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleKind;
import java.util.List;
import java.util.Set;

/** When a window counts as abnormal, and what alert a run of abnormal windows raises. */
public final class AlertDecisions {
  private AlertDecisions() {}

  /** Share of a window's faces whose most probable emotion is abnormal; 0 for an empty window. */
  public static double abnormalShare(EmotionWindow window, Set<Emotion> abnormal) {
    if (window.faces() == 0) {
      return 0;
    }
    int count = 0;
    for (Emotion emotion : abnormal) {
      count += window.counts()[emotion.ordinal()];
    }
    return (double) count / window.faces();
  }

  public static boolean isAbnormal(EmotionWindow window, AlertRule rule) {
    return window.faces() >= rule.minFaces()
        && abnormalShare(window, rule.abnormal()) >= rule.threshold();
  }

  /** True when {@code next} is the window right after {@code previous}, with no gap between. */
  public static boolean follows(EmotionWindow previous, EmotionWindow next) {
    return previous.windowEnd() == next.windowStart();
  }

  /**
   * The alert for a run of consecutive abnormal windows of one camera, oldest first. Its id
   * depends only on the camera and the run's first window, so a replay raises the same id.
   */
  public static AlertRecord alertFor(List<EmotionWindow> run, AlertRule rule) {
    if (run.isEmpty()) {
      throw new IllegalArgumentException("an alert needs at least one window");
    }
    EmotionWindow first = run.get(0);
    EmotionWindow last = run.get(run.size() - 1);
    double peakShare = 0;
    for (EmotionWindow window : run) {
      peakShare = Math.max(peakShare, abnormalShare(window, rule.abnormal()));
    }
    return new AlertRecord(
        AlertRecord.SCHEMA_VERSION,
        AlertRecord.alertId(rule.name(), first.cameraId(), first.windowStart()),
        AlertPhase.OPENED,
        first.cameraId(),
        "",
        dominantAbnormalEmotion(run, rule.abnormal()),
        rule.severity(),
        first.windowStart(),
        last.windowEnd(),
        last.windowEnd(),
        0,
        peakShare,
        abnormalShare(last, rule.abnormal()),
        run.size(),
        List.of(first.cameraId()),
        rule.name(),
        0,
        rule.name(),
        RuleKind.SUSTAINED,
        last.model(),
        last.modelSha256());
  }

  /** The abnormal emotion with the most faces over the run; ties go to the earlier emotion. */
  static Emotion dominantAbnormalEmotion(List<EmotionWindow> run, Set<Emotion> abnormal) {
    Emotion best = null;
    int bestCount = -1;
    for (Emotion emotion : abnormal) { // EnumSet iterates in Emotion order
      int count = 0;
      for (EmotionWindow window : run) {
        count += window.counts()[emotion.ordinal()];
      }
      if (count > bestCount) {
        best = emotion;
        bestCount = count;
      }
    }
    return best;
  }
}
