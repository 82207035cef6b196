package io.emoticctv.portal.webhooks;

import io.micronaut.data.model.Pageable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the deliveries that are due, every {@code emoticctv.webhooks.check-every}: each is
 * claimed, posted, and its outcome recorded; a failed one is due again after the next wait of
 * {@code emoticctv.webhooks.backoff}, or marked failed when the retries are used up. Works from
 * the table alone, so deliveries left by a stopped portal go out after its restart.
 */
@Singleton
class WebhookDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 50;

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookSender sender;
  private final RetrySchedule retries;
  private final WebhookSettings settings;
  private final Clock clock = Clock.systemUTC();

  WebhookDispatcher(
      WebhookRepository webhooks,
      WebhookDeliveryRepository deliveries,
      WebhookSender sender,
      WebhookSettings settings) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.sender = sender;
    this.retries = new RetrySchedule(settings.backoff());
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "${emoticctv.webhooks.check-every}", initialDelay = "${emoticctv.webhooks.check-every}")
  void deliverDue() {
    for (WebhookDelivery due :
        deliveries.findByStatusAndNextAttemptAtLessThanEquals(DeliveryStatus.PENDING, clock.instant(), Pageable.from(0, BATCH))) {
      attemptIfClaimed(due);
    }
  }

  /** Attempts one delivery now, unless it was delivered already; false then. */
  boolean deliverNow(long deliveryId) {
    if (deliveries.dueNow(deliveryId, clock.instant()) == 0) {
      return false;
    }
    deliveries.findById(deliveryId).ifPresent(this::attemptIfClaimed);
    return true;
  }

  private void attemptIfClaimed(WebhookDelivery delivery) {
    Instant now = clock.instant();
    // An attempt takes at most the timeout to connect plus the timeout to be answered; if this
    // instance dies mid-attempt, the delivery is due again once the lease is over.
    Instant leaseUntil = now.plus(settings.timeout().multipliedBy(3));
    if (deliveries.claim(delivery.id(), now, leaseUntil) == 0) {
      return;
    }
    Optional<Webhook> webhook = webhooks.findById(delivery.webhookId());
    if (webhook.isEmpty()) {
      return; // removed meanwhile; its deliveries went with it
    }
    WebhookSender.Outcome outcome =
        sender.post(webhook.get().url(), delivery.payload(), delivery, webhook.get().secret(), now.getEpochSecond());
    Instant attemptedAt = clock.instant();
    int attempts = delivery.attempts() + 1;
    Optional<Instant> next = outcome.delivered() ? Optional.empty() : retries.nextAttempt(attempts, attemptedAt);
    DeliveryStatus status = outcome.delivered() ? DeliveryStatus.DELIVERED : next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
    deliveries.recordAttempt(
        delivery.id(), status.name(), next.orElse(null), attemptedAt, outcome.responseCode(), outcome.error(), outcome.latencyMs());
    if (status == DeliveryStatus.DELIVERED) {
      LOG.info("Delivered {} {} to webhook {} (attempt {})", delivery.event(), delivery.eventKey(), delivery.webhookId(), attempts);
    } else {
      LOG.warn("Webhook {} did not take {} {} (attempt {}): {}; {}", delivery.webhookId(), delivery.event(), delivery.eventKey(),
          attempts, outcome.error(), next.map(n -> "retrying at " + n).orElse("giving up"));
    }
  }
}
