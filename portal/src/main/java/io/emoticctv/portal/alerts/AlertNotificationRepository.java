package io.emoticctv.portal.alerts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.List;

/**
 * {@code alert_notifications}: one row per alert whose emails went out. Claiming the row before
 * sending makes each alert's emails go out once, across redeliveries, replays of the topic and
 * several portal instances.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertNotificationRepository
    extends GenericRepository<AlertNotificationRepository.AlertNotification, String> {

  @MappedEntity("alert_notifications")
  record AlertNotification(@Id String alertId, Instant sentAt) {}

  /** Returns 1 when this call claimed the alert, 0 when it had been claimed before. */
  @Query(
      "INSERT INTO alert_notifications (alert_id, sent_at) VALUES (:alertId, now())"
          + " ON CONFLICT (alert_id) DO NOTHING")
  int insertClaim(String alertId);

  /** Alerts claimed since {@code since}, emailed or held, other than {@code alertId}. */
  @Query("SELECT count(*) FROM alert_notifications WHERE sent_at > :since AND alert_id <> :alertId")
  long countClaimedSince(Instant since, String alertId);

  /** Holds a claimed alert for the next digest, with the line the digest lists it by. */
  @Query(
      "UPDATE alert_notifications SET held_for_digest = true, summary = :summary, link = :link"
          + " WHERE alert_id = :alertId")
  void holdForDigest(String alertId, String summary, String link);

  /** Held alerts whose digest has not gone out, oldest first. */
  @Query(
      "SELECT alert_id, sent_at, summary, link FROM alert_notifications"
          + " WHERE held_for_digest AND digested_at IS NULL ORDER BY sent_at, alert_id")
  List<HeldAlert> findHeld();

  @Query("UPDATE alert_notifications SET digested_at = now() WHERE alert_id = :alertId")
  void markDigested(String alertId);

  @Introspected
  record HeldAlert(String alertId, Instant sentAt, String summary, String link) {}

  /** Gives a claim back after no email could be sent, so the alert is tried again. */
  @Query("DELETE FROM alert_notifications WHERE alert_id = :alertId")
  int deleteClaim(String alertId);
}
