package io.emoticctv.portal.webhooks;

/** What a delivery is about, as its {@code event} field and header name it. */
public enum WebhookEventType {
  /** An emotion alert episode opened (once per episode). */
  ALERT_OPENED("alert.opened"),
  /** A camera has been offline or frozen past the grace period (once per outage). */
  CAMERA_OUTAGE("camera.outage"),
  /** An admin pressed "Test" on the webhook page. */
  TEST("test");

  private final String wireName;

  WebhookEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
