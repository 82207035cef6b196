package io.emoticctv.job.alerts;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.Severity;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Sustained abnormal emotion": a window is abnormal when at least {@code minFaces} faces were
 * seen and the share of them whose most probable emotion is in {@code abnormal} reaches {@code
 * threshold}; {@code windows} consecutive abnormal windows raise an alert of {@code severity}.
 */
public record AlertRule(
    Set<Emotion> abnormal, double threshold, int windows, int minFaces, Severity severity)
    implements Serializable {

  public AlertRule {
    if (abnormal == null || abnormal.isEmpty()) {
      throw new IllegalArgumentException("at least one abnormal emotion is required");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (windows < 1) {
      throw new IllegalArgumentException("windows must be at least 1, was " + windows);
    }
    if (minFaces < 1) {
      throw new IllegalArgumentException("minFaces must be at least 1, was " + minFaces);
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity is required");
    }
    abnormal = Collections.unmodifiableSet(EnumSet.copyOf(abnormal));
  }

  /** The rule as people read it in alerts, e.g. {@code anger+fear>=50% of >=3 faces x3 windows}. */
  public String name() {
    return abnormal.stream().map(Emotion::key).collect(Collectors.joining("+"))
        + String.format(Locale.ROOT, ">=%d%% of >=%d faces x%d windows",
            Math.round(threshold * 100), minFaces, windows);
  }
}
