package io.emoticctv.portal.cameras;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Face rejections per reason as {@code camera_status.rejected_by_reason} stores them: {@code
 * "reason=count"} pairs sorted by reason, comma-separated ({@code "blurry=3,pose=1"}).
 */
public final class RejectionCounts {
  private RejectionCounts() {}

  public static String format(Map<String, Long> byReason) {
    return new TreeMap<>(byReason)
        .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  /** As shown: {@code "blurry 3 · pose 1"}, or {@code "none"}. */
  public static String display(String stored) {
    return stored.isBlank() ? "none" : stored.replace("=", " ").replace(",", " · ");
  }
}
