package io.emoticctv.portal.windows;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One window as the dashboards draw it: the share of faces per emotion, in {@link Emotion}
 * order, and the counts they come from (the camera page adds them to its rollups). Built alike from a stored row (page load) and a live record (pushed).
 *
 * @param windowStart epoch ms
 * @param windowEnd epoch ms
 */
@Serdeable
public record WindowView(
    String cameraId, long windowStart, long windowEnd, int faces, List<Integer> counts, List<Double> shares) {

  public static WindowView of(EmotionWindow window) {
    return new WindowView(
        window.cameraId(),
        window.windowStart(),
        window.windowEnd(),
        window.faces(),
        Arrays.stream(window.counts()).boxed().toList(),
        shares(window.counts(), window.faces()));
  }

  public static WindowView of(WindowCounts row) {
    return new WindowView(
        row.cameraId(),
        row.windowStart().toEpochMilli(),
        row.windowEnd().toEpochMilli(),
        row.faces(),
        Arrays.stream(row.counts()).boxed().toList(),
        shares(row.counts(), row.faces()));
  }

  /** Counts divided by faces, rounded to 0.1 %; all zero for a window without faces. */
  static List<Double> shares(int[] counts, int faces) {
    List<Double> shares = new ArrayList<>(Emotion.COUNT);
    for (int i = 0; i < Emotion.COUNT; i++) {
      shares.add(faces == 0 ? 0.0 : Math.round(1000.0 * counts[i] / faces) / 1000.0);
    }
    return List.copyOf(shares);
  }
}
