package io.emoticctv.portal.webhooks;

import java.time.Instant;
import java.util.Map;

/**
 * Something webhooks are told about.
 *
 * @param key identifies the event across redeliveries and restarts (an alert id, a camera's
 *     outage): each webhook receives each key once
 * @param title one line for people, e.g. {@code HIGH: sustained anger at Lobby}
 * @param link the page of the portal about it
 * @param data the event's facts by name, for programs
 */
public record WebhookEvent(
    WebhookEventType type, String key, String title, String link, Instant occurredAt, Map<String, Object> data) {}
