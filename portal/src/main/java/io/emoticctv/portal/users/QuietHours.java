package io.emoticctv.portal.users;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalTime;
import java.util.Locale;

/**
 * A user's daily period without alert emails, in minutes of the day; {@code from > until} spans
 * midnight (22:00–07:00). {@link #NONE} when both are null. {@code from == until} is refused when
 * set, since it could mean "never" or "always".
 */
public record QuietHours(@Nullable Integer fromMinute, @Nullable Integer untilMinute) {
  public static final QuietHours NONE = new QuietHours(null, null);

  public static QuietHours of(@Nullable Integer fromMinute, @Nullable Integer untilMinute) {
    return fromMinute == null || untilMinute == null ? NONE : new QuietHours(fromMinute, untilMinute);
  }

  /** Whether {@code time} (in the portal's display zone) falls in the quiet hours. */
  public boolean covers(LocalTime time) {
    if (this.equals(NONE)) {
      return false;
    }
    int minute = time.getHour() * 60 + time.getMinute();
    if (fromMinute < untilMinute) {
      return minute >= fromMinute && minute < untilMinute;
    }
    return minute >= fromMinute || minute < untilMinute;
  }

  /** {@code "22:00"}, or empty without quiet hours, for the profile form. */
  public String from() {
    return fromMinute == null ? "" : clock(fromMinute);
  }

  public String until() {
    return untilMinute == null ? "" : clock(untilMinute);
  }

  static String clock(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }
}
