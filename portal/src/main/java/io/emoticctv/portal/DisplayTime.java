package io.emoticctv.portal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats instants the way every page and email shows them: in one configured zone, named. */
@Singleton
public final class DisplayTime {
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter timeOfDay;

  @Inject
  public DisplayTime(PortalSettings settings) {
    this(settings.displayTimeZone());
  }

  public DisplayTime(ZoneId zone) {
    this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT).withZone(zone);
    this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(zone);
  }

  /** {@code 2026-11-25 14:03:10 UTC}, or an em dash for a missing instant. */
  public String dateTime(Instant instant) {
    return instant == null ? "—" : dateTime.format(instant);
  }

  /** {@code 14:03:10}: for chart labels, where the zone is stated once on the page. */
  public String timeOfDay(Instant instant) {
    return instant == null ? "—" : timeOfDay.format(instant);
  }

  public String zoneName() {
    return dateTime.getZone().getId();
  }

  public ZoneId zone() {
    return dateTime.getZone();
  }
}
