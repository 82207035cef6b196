package io.emoticctv.job.io;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One parameterised SQL statement and how a record fills its parameters. */
public interface JdbcStatement<T> extends Serializable {
  String sql();

  void bind(PreparedStatement statement, T value) throws SQLException;

  /** An epoch-millisecond event time as a {@code timestamptz} parameter. */
  static OffsetDateTime utc(long epochMillis) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
  }
}
