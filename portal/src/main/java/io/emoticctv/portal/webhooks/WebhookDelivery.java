package io.emoticctv.portal.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code webhook_deliveries}: one event for one webhook, stored before its first
 * attempt, with the body as it is sent and the outcome of the last attempt.
 */
@MappedEntity("webhook_deliveries")
public record WebhookDelivery(
    @Id @GeneratedValue Long id,
    Long webhookId,
    String event,
    String eventKey,
    String summary,
    String payload,
    DeliveryStatus status,
    int attempts,
    Instant createdAt,
    @Nullable Instant nextAttemptAt,
    @Nullable Instant lastAttemptAt,
    @Nullable Integer lastResponseCode,
    @Nullable String lastError,
    @Nullable Integer lastLatencyMs) {}
