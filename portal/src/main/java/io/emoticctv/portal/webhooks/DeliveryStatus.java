package io.emoticctv.portal.webhooks;

/** Where a delivery stands; stored in {@code webhook_deliveries.status}. */
public enum DeliveryStatus {
  /** Waiting for its next attempt, at {@code next_attempt_at}. */
  PENDING,
  /** The endpoint answered 2xx. */
  DELIVERED,
  /** Every retry failed; an admin may still retry it by hand. */
  FAILED
}
