package io.emoticctv.portal.webhooks;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code webhooks}: an endpoint and which events it wants. The secret signs the
 * deliveries; pages never show it.
 */
@MappedEntity("webhooks")
public record Webhook(
    @Id @GeneratedValue Long id,
    String name,
    String url,
    WebhookFormat format,
    String secret,
    boolean emotionAlerts,
    boolean cameraOutages,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether an event of this type is delivered to this webhook (tests always are). */
  public boolean wants(WebhookEventType type) {
    return switch (type) {
      case ALERT_OPENED -> emotionAlerts;
      case CAMERA_OUTAGE -> cameraOutages;
      case TEST -> true;
    };
  }
}
