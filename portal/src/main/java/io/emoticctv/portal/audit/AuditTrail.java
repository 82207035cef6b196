package io.emoticctv.portal.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records who did what in the portal ({@code audit_events}): logins, live views, exports, camera
 * changes and administration. Every event is also logged (logger {@value #LOGGER}).
 */
@Singleton
public class AuditTrail {
  static final String LOGGER = "io.emoticctv.portal.audit";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  private static final int MAX_TEXT = 2000;

  private final AuditRepository events;
  private final Clock clock;

  AuditTrail(AuditRepository events) {
    this.events = events;
    this.clock = Clock.systemUTC();
  }

  /**
   * @param actor who: the signed-in user's email, or what was typed into the login form
   * @param action what, dotted: {@code login.success}, {@code camera.create}, {@code audit.export}
   * @param target on what: a camera id, a user's email, a report's range
   */
  public void record(String actor, String action, String target, String detail) {
    AuditEvent event =
        new AuditEvent(null, clock.instant(), clip(actor), action, clip(target), clip(detail));
    events.save(event);
    LOG.info("{} {} {}: {}", event.actor(), action, event.target(), event.detail());
  }

  public List<AuditEvent> search(AuditQuery query) {
    return events.search(query.from(), query.to(), query.actor(), query.action(), query.limit());
  }

  public List<String> actions() {
    return events.listActions();
  }

  /** Deletes the events recorded before {@code cutoff}; returns how many. */
  public long deleteBefore(Instant cutoff) {
    return events.deleteOlderThan(cutoff);
  }

  private static String clip(String text) {
    String t = text == null ? "" : text;
    return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + "…";
  }
}
