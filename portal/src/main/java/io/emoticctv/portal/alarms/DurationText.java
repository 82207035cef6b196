package io.emoticctv.portal.alarms;

/** How the console shows how long an alert has lasted: {@code "45 s"}, {@code "4 min 10 s"}, {@code "2 h 05 min"}. */
public final class DurationText {
  private DurationText() {}

  public static String of(long millis) {
    long seconds = Math.max(0, millis) / 1000;
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3600 + " h " + String.format("%02d", seconds % 3600 / 60) + " min";
  }
}
