package io.emoticctv.portal.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code webhook_deliveries}. A due delivery is claimed by moving its {@code next_attempt_at}
 * past the attempt's time limit, so one portal instance attempts it; if that instance dies
 * mid-attempt, the delivery falls due again.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookDeliveryRepository extends GenericRepository<WebhookDelivery, Long> {

  /** Stores a delivery, due now; 0 when the webhook has this event already. */
  @Query(
      "INSERT INTO webhook_deliveries (webhook_id, event, event_key, summary, payload, status, created_at, next_attempt_at)"
          + " VALUES (:webhookId, :event, :eventKey, :summary, :payload, 'PENDING', :now, :now)"
          + " ON CONFLICT (webhook_id, event_key) DO NOTHING")
  int accept(long webhookId, String event, String eventKey, String summary, String payload, Instant now);

  Optional<WebhookDelivery> findById(Long id);

  Optional<WebhookDelivery> findByWebhookIdAndEventKey(Long webhookId, String eventKey);

  List<WebhookDelivery> findByStatusAndNextAttemptAtLessThanEquals(DeliveryStatus status, Instant now, Pageable page);

  /** The newest deliveries of a webhook first. */
  List<WebhookDelivery> findByWebhookIdOrderByIdDesc(Long webhookId, Pageable page);

  /** Claims a due delivery until {@code leaseUntil}; 0 when it is not due (any more). */
  @Query(
      "UPDATE webhook_deliveries SET next_attempt_at = :leaseUntil"
          + " WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now")
  int claim(long id, Instant now, Instant leaseUntil);

  @Query(
      "UPDATE webhook_deliveries SET attempts = attempts + 1, status = :status, next_attempt_at = :nextAttemptAt,"
          + " last_attempt_at = :attemptedAt, last_response_code = :responseCode, last_error = :error,"
          + " last_latency_ms = :latencyMs WHERE id = :id")
  void recordAttempt(
      long id,
      String status,
      @Nullable Instant nextAttemptAt,
      Instant attemptedAt,
      @Nullable Integer responseCode,
      @Nullable String error,
      int latencyMs);

  /** Makes an undelivered delivery due now; 0 when it was delivered already. */
  @Query(
      "UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = :now"
          + " WHERE id = :id AND status <> 'DELIVERED'")
  int dueNow(long id, Instant now);
}
