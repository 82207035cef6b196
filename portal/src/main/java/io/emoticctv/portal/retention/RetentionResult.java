package io.emoticctv.portal.retention;

/** How many rows one retention run deleted. */
public record RetentionResult(long windows, long alerts, long auditEvents, long attachments) {

  public long total() {
    return windows + alerts + auditEvents + attachments;
  }
}
