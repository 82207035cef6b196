package io.emoticctv.portal.retention;

import io.emoticctv.portal.admin.SiteSettingsService;
import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what is older than the site's retention periods (Admin → Site settings), hourly:
 * emotion windows, alerts and their notification marks, audit events and issue attachments, on
 * TimescaleDB as on plain PostgreSQL (the hypertable has no retention policy of its own).
 */
@Singleton
@Connectable
public class RetentionJob {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  private final DataSource dataSource;
  private final SiteSettingsService settings;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  RetentionJob(DataSource dataSource, SiteSettingsService settings, AuditTrail audit) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.audit = audit;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  void hourly() {
    run(clock.instant());
  }

  /** Deletes what is past retention at {@code now}; returns what was deleted. */
  public RetentionResult run(Instant now) {
    RetentionCutoffs cutoffs = RetentionCutoffs.of(settings.current(), now);
    try (Connection c = dataSource.getConnection()) {
      long windows = delete(c, "DELETE FROM emotion_windows WHERE window_start < ?", cutoffs.windows());
      long alerts = delete(c, "DELETE FROM alerts WHERE COALESCE(resolved_at, updated_at, opened_at) < ?", cutoffs.alerts());
      delete(c, "DELETE FROM alert_notifications WHERE sent_at < ?", cutoffs.alerts());
      long events = delete(c, "DELETE FROM audit_events WHERE at < ?", cutoffs.audit());
      long attachments = delete(c, "DELETE FROM issue_attachments WHERE created_at < ?", cutoffs.attachments());
      RetentionResult result = new RetentionResult(windows, alerts, events, attachments);
      if (result.total() > 0) {
        audit.record("system", "retention.run", "", result.toString());
      }
      LOG.info("Retention at {}: {}", now, result);
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("retention run failed", e);
    }
  }

  private static long delete(Connection c, String sql, Instant cutoff) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(cutoff));
      return st.executeUpdate();
    }
  }
}
