package io.emoticctv.portal.kafka;

/**
 * Acts on one decoded record. Throwing means "not done, try again later": the consumer seeks
 * back to the record and retries it after a pause, so a database or SMTP outage loses nothing.
 */
@FunctionalInterface
public interface RecordHandler<T> {
  void handle(T record) throws Exception;
}
