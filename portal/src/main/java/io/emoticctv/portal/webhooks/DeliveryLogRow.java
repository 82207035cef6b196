package io.emoticctv.portal.webhooks;

import io.emoticctv.portal.DisplayTime;

/** A delivery as the webhook's log page lists it. */
record DeliveryLogRow(
    long id,
    String created,
    String event,
    String summary,
    String status,
    int attempts,
    String responseCode,
    String error,
    String latency,
    String lastAttempt,
    String nextAttempt,
    boolean retryable) {

  static DeliveryLogRow of(WebhookDelivery d, DisplayTime time) {
    boolean pending = d.status() == DeliveryStatus.PENDING;
    return new DeliveryLogRow(
        d.id(),
        time.dateTime(d.createdAt()),
        d.event(),
        d.summary(),
        d.status().name(),
        d.attempts(),
        d.lastResponseCode() == null ? "—" : d.lastResponseCode().toString(),
        d.lastError() == null ? "" : d.lastError(),
        d.lastLatencyMs() == null ? "—" : d.lastLatencyMs() + " ms",
        time.dateTime(d.lastAttemptAt()),
        pending ? time.dateTime(d.nextAttemptAt()) : "—",
        d.status() != DeliveryStatus.DELIVERED);
  }
}
