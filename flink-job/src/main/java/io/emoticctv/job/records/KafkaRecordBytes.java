package io.emoticctv.job.records;

/**
 * One Kafka record as read, before parsing: kept whole so a record that fails to parse can go
 * to the dead-letter topic with where it came from.
 *
 * @param key the record key bytes, or null
 * @param value the record value bytes, or null
 */
public record KafkaRecordBytes(String topic, int partition, long offset, byte[] key, byte[] value) {
  /** Whether the value has more than {@code maxBytes} bytes (a null value has none). */
  public boolean largerThan(int maxBytes) {
    return value != null && value.length > maxBytes;
  }
}
