package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import java.util.List;

/** Faces counted per emotion (Emotion order), summed over buckets or cameras. */
public record Tally(long faces, long[] counts) {

  static Tally empty() {
    return new Tally(0, new long[Emotion.COUNT]);
  }

  Tally plus(long moreFaces, long[] moreCounts) {
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += moreCounts[i];
    }
    return new Tally(faces + moreFaces, sum);
  }

  /** The share of faces whose dominant emotion was {@code emotion}; 0 without faces. */
  public double share(Emotion emotion) {
    return faces == 0 ? 0 : (double) counts[emotion.ordinal()] / faces;
  }

  public long count(Emotion emotion) {
    return counts[emotion.ordinal()];
  }

  /** The faces whose dominant emotion is one of {@code members} (indexes in Emotion order). */
  public long count(List<Integer> members) {
    return members.stream().mapToLong(i -> counts[i]).sum();
  }

  /** The share of faces whose dominant emotion is one of {@code members}; 0 without faces. */
  public double share(List<Integer> members) {
    return faces == 0 ? 0 : (double) count(members) / faces;
  }

  /** The most frequent emotion, or null without faces. */
  public Emotion dominant() {
    if (faces == 0) {
      return null;
    }
    Emotion best = Emotion.values()[0];
    for (Emotion e : Emotion.values()) {
      if (counts[e.ordinal()] > counts[best.ordinal()]) {
        best = e;
      }
    }
    return best;
  }
}
