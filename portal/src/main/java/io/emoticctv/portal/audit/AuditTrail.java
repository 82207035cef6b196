package io.emoticctv.portal.audit;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records who did what in the portal ({@code audit_events}): logins, live views, exports, camera
 * changes and administration. Every event is also logged (logger {@value #LOGGER}). An event of
 * a request made with a personal API token says so in its detail: {@code (via API token 'name')}.
 */
@Singleton
public class AuditTrail {
  /** The authentication attribute naming the API token a request came with. */
  public static final String API_TOKEN_ATTRIBUTE = "apiToken";
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
        new AuditEvent(null, clock.instant(), clip(actor), action, clip(target), clip(Objects.toString(detail, "") + viaToken()));
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

  /** Read from the request being served (propagated to the blocking threads that serve it). */
  private static String viaToken() {
    return ServerRequestContext.currentRequest()
        .flatMap(request -> request.getUserPrincipal(Authentication.class))
        .map(who -> who.getAttributes().get(API_TOKEN_ATTRIBUTE))
        .map(token -> " (via API token '" + token + "')")
        .orElse("");
  }

  private static String clip(String text) {
    String t = text == null ? "" : text;
    return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + "…";
  }
}
