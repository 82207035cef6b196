package io.emoticctv.portal.web;

import java.util.Locale;

/** How every page and email shows a share of faces, so the dashboards and the alerts agree. */
public final class Percent {
  private Percent() {}

  /** {@code 0.64} → {@code "64%"}. */
  public static String of(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
