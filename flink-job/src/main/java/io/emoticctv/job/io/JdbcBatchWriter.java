package io.emoticctv.job.io;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;

/** The writer of {@link JdbcBatchSink}; all calls, timers included, come from the task thread. */
final class JdbcBatchWriter<T> implements SinkWriter<T> {
  private final JdbcStatement<T> statement;
  private final int batchSize;
  private final long maxDelayMillis;
  private final ProcessingTimeService time;
  private final Connection connection;
  private final PreparedStatement prepared;
  private int pending;
  /** Numbers batches, so a flush timer that fires after its batch was written does nothing. */
  private long batchNumber;

  JdbcBatchWriter(
      JdbcSettings settings, JdbcStatement<T> statement, int batchSize, long maxDelayMillis, ProcessingTimeService time)
      throws IOException {
    this.statement = statement;
    this.batchSize = batchSize;
    this.maxDelayMillis = maxDelayMillis;
    this.time = time;
    try {
      this.connection = connect(settings);
      this.connection.setAutoCommit(false);
      this.prepared = connection.prepareStatement(statement.sql());
    } catch (SQLException e) {
      throw new IOException("cannot connect to " + settings.url() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Uses the driver class directly: {@code DriverManager} only sees drivers of the system class
   * loader, and on a cluster the driver comes with the job's own class loader.
   */
  private static Connection connect(JdbcSettings settings) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", settings.user());
    properties.setProperty("password", settings.password());
    Connection connection = new org.postgresql.Driver().connect(settings.url(), properties);
    if (connection == null) {
      throw new SQLException("not a PostgreSQL JDBC URL: " + settings.url());
    }
    return connection;
  }

  @Override
  public void write(T value, Context context) throws IOException {
    try {
      statement.bind(prepared, value);
      prepared.addBatch();
    } catch (SQLException e) {
      throw new IOException("cannot bind " + value + ": " + e.getMessage(), e);
    }
    if (pending++ == 0) {
      long scheduledFor = batchNumber;
      time.registerTimer(
          time.getCurrentProcessingTime() + maxDelayMillis,
          now -> {
            if (scheduledFor == batchNumber) {
              writeBatch();
            }
          });
    }
    if (pending >= batchSize) {
      writeBatch();
    }
  }

  @Override
  public void flush(boolean endOfInput) throws IOException {
    writeBatch();
  }

  /**
   * A window operator hands over every window a watermark closes before the watermark itself, so
   * this is when the rows of a closing are all here: write them now rather than after the delay.
   */
  @Override
  public void writeWatermark(Watermark watermark) throws IOException {
    writeBatch();
  }

  private void writeBatch() throws IOException {
    if (pending == 0) {
      return;
    }
    try {
      prepared.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
      throw new IOException("writing " + pending + " rows failed: " + cause.getMessage(), e);
    }
    pending = 0;
    batchNumber++;
  }

  @Override
  public void close() throws Exception {
    try (connection;
        prepared) {
      // rows not flushed yet belong to no completed checkpoint: they will be replayed
    }
  }
}
