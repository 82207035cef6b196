package io.emoticctv.portal.webhooks;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of a delivery, in the webhook's format ({@link WebhookFormat}). */
@Singleton
final class WebhookPayloads {
  private final JsonMapper json;

  WebhookPayloads(JsonMapper json) {
    this.json = json;
  }

  String body(WebhookFormat format, WebhookEvent event) {
    Map<String, Object> body =
        switch (format) {
          case GENERIC -> generic(event);
          case SLACK -> slack(event);
        };
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the webhook body of " + event.key(), e);
    }
  }

  private static Map<String, Object> generic(WebhookEvent event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", event.type().wireName());
    body.put("key", event.key());
    body.put("occurredAt", event.occurredAt().toString());
    body.put("title", event.title());
    body.put("link", event.link());
    body.put("data", event.data());
    return body;
  }

  /** Slack's {@code text} (plain, for notifications) and one mrkdwn section block. */
  private static Map<String, Object> slack(WebhookEvent event) {
    String markdown = "*" + escape(event.title()) + "*\n<" + escape(event.link()) + "|Open in EmotiCCTV>";
    Map<String, Object> section =
        Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", markdown));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", event.title() + " " + event.link());
    body.put("blocks", List.of(section));
    return body;
  }

  /** Slack's three control characters in mrkdwn. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
