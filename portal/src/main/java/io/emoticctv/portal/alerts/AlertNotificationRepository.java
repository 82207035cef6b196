package io.emoticctv.portal.alerts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

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

  /** Gives a claim back after no email could be sent, so the alert is tried again. */
  @Query("DELETE FROM alert_notifications WHERE alert_id = :alertId")
  int deleteClaim(String alertId);
}
