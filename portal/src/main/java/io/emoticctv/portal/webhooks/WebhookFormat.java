package io.emoticctv.portal.webhooks;

/** How a webhook's deliveries are written; stored in {@code webhooks.format}. */
public enum WebhookFormat {
  /** The event as JSON: {@code event}, {@code key}, {@code occurredAt}, {@code title}, {@code link}, {@code data}. */
  GENERIC("Generic JSON"),
  /** Slack's incoming-webhook message: {@code text}, and {@code blocks} with the same in mrkdwn. */
  SLACK("Slack-compatible");

  private final String label;

  WebhookFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
