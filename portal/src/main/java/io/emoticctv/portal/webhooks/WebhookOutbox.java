package io.emoticctv.portal.webhooks;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where events enter the webhooks: each enabled webhook that wants the event gets a delivery
 * stored for it (once per event key), which {@link WebhookDispatcher} then sends and retries.
 * Storing first means an accepted event survives a restart and an unreachable endpoint.
 */
@Singleton
public final class WebhookOutbox {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookPayloads payloads;
  private final Clock clock = Clock.systemUTC();

  WebhookOutbox(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookPayloads payloads) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.payloads = payloads;
  }

  public void publish(WebhookEvent event) {
    for (Webhook webhook : webhooks.findByEnabled(true)) {
      if (webhook.wants(event.type()) && accept(webhook, event)) {
        LOG.info("Webhook {} will receive {} {}", webhook.id(), event.type().wireName(), event.key());
      }
    }
  }

  /** Stores the event's delivery to one webhook; false when it had it already. */
  boolean accept(Webhook webhook, WebhookEvent event) {
    return deliveries.accept(
            webhook.id(),
            event.type().wireName(),
            event.key(),
            event.title(),
            payloads.body(webhook.format(), event),
            clock.instant())
        == 1;
  }
}
