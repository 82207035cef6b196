package io.emoticctv.portal.webhooks;

import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What admins do with webhooks: add, change, remove, test, read the log, retry; all audited. */
@Singleton
final class WebhookAdministration {
  static final int LOG_SIZE = 200;

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookOutbox outbox;
  private final WebhookDispatcher dispatcher;
  private final AuditTrail audit;
  private final String publicBaseUrl;
  private final Clock clock = Clock.systemUTC();

  WebhookAdministration(
      WebhookRepository webhooks,
      WebhookDeliveryRepository deliveries,
      WebhookOutbox outbox,
      WebhookDispatcher dispatcher,
      AuditTrail audit,
      PortalSettings portal) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.audit = audit;
    this.publicBaseUrl = portal.publicBaseUrl();
  }

  List<Webhook> list() {
    return webhooks.listOrderByName();
  }

  Optional<Webhook> find(long id) {
    return webhooks.findById(id);
  }

  Webhook create(WebhookForm.Submitted s, String who) {
    Instant now = clock.instant();
    Webhook created =
        webhooks.save(new Webhook(null, s.name(), s.url(), s.format(), s.secret(), s.emotionAlerts(), s.cameraOutages(), s.enabled(), now, now));
    audit.record(who, "webhook.create", s.name(), describe(created));
    return created;
  }

  /** Applies the edit; an empty secret keeps the stored one. */
  Webhook update(Webhook before, WebhookForm.Submitted s, String who) {
    String secret = s.secret().isEmpty() ? before.secret() : s.secret();
    Webhook after =
        webhooks.update(new Webhook(before.id(), s.name(), s.url(), s.format(), secret, s.emotionAlerts(), s.cameraOutages(), s.enabled(),
            before.createdAt(), clock.instant()));
    audit.record(who, "webhook.update", s.name(), describe(after) + (s.secret().isEmpty() ? "" : "; new secret"));
    return after;
  }

  void delete(Webhook webhook, String who) {
    webhooks.delete(webhook);
    audit.record(who, "webhook.delete", webhook.name(), webhook.url());
  }

  /** Sends a test event to the webhook now, whichever events it wants; the log shows how it went. */
  void test(Webhook webhook, String who) {
    String key = "test-" + UUID.randomUUID();
    WebhookEvent event =
        new WebhookEvent(
            WebhookEventType.TEST,
            key,
            "Test delivery from EmotiCCTV to " + webhook.name(),
            publicBaseUrl + "/admin/webhooks/" + webhook.id() + "/deliveries",
            clock.instant(),
            Map.of("requestedBy", who));
    outbox.accept(webhook, event);
    deliveries.findByWebhookIdAndEventKey(webhook.id(), key).ifPresent(d -> dispatcher.deliverNow(d.id()));
    audit.record(who, "webhook.test", webhook.name(), webhook.url());
  }

  List<WebhookDelivery> log(Webhook webhook) {
    return deliveries.findByWebhookIdOrderByIdDesc(webhook.id(), Pageable.from(0, LOG_SIZE));
  }

  /** Attempts an undelivered delivery of the webhook now; false when there is none by that id. */
  boolean retryNow(Webhook webhook, long deliveryId, String who) {
    Optional<WebhookDelivery> delivery = deliveries.findById(deliveryId).filter(d -> d.webhookId().equals(webhook.id()));
    if (delivery.isEmpty() || !dispatcher.deliverNow(deliveryId)) {
      return false;
    }
    audit.record(who, "webhook.retry", webhook.name(), delivery.get().event() + " " + delivery.get().eventKey());
    return true;
  }

  private static String describe(Webhook w) {
    return w.url() + " (" + w.format().label() + "; alerts " + w.emotionAlerts() + ", outages " + w.cameraOutages()
        + (w.enabled() ? "" : "; disabled") + ")";
  }
}
