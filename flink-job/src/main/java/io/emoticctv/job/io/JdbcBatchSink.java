package io.emoticctv.job.io;

import java.io.IOException;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes records to PostgreSQL with one statement, in JDBC batches of up to {@code batchSize}
 * rows, committed when a watermark passes, at the latest after {@code maxDelay}, and before
 * every checkpoint completes.
 * That gives at-least-once delivery; statements are idempotent (upsert / insert-or-ignore), so a
 * replayed record rewrites the same row.
 */
public final class JdbcBatchSink<T> implements Sink<T> {
  private final JdbcSettings settings;
  private final JdbcStatement<T> statement;
  private final int batchSize;
  private final Duration maxDelay;

  public JdbcBatchSink(JdbcSettings settings, JdbcStatement<T> statement, int batchSize, Duration maxDelay) {
    this.settings = settings;
    this.statement = statement;
    this.batchSize = batchSize;
    this.maxDelay = maxDelay;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
    return new JdbcBatchWriter<>(
        settings, statement, batchSize, maxDelay.toMillis(), context.getProcessingTimeService());
  }
}
