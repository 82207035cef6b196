package io.emoticctv.contracts;

/**
 * Topic {@code faces-dlq} (and any {@code *-dlq}), schema v1. A record that could not be
 * processed, kept whole with the reason, so nothing accepted is lost silently.
 *
 * @param sourceTopic topic the record was read from
 * @param partition partition it was read from
 * @param offset offset it had there
 * @param key the original key as UTF-8, or null
 * @param value the original value bytes (base64 in JSON)
 * @param reason why it was rejected
 * @param time when it was rejected, epoch ms
 */
public record DeadLetter(
    int v,
    String sourceTopic,
    int partition,
    long offset,
    String key,
    byte[] value,
    String reason,
    long time) {

  public static final int SCHEMA_VERSION = 1;
}
