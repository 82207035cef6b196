package io.emoticctv.job.io;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One parameterised SQL statement and how a record fills its parameters. */
public interface JdbcStatement<T> extends Serializable {
  String sql();

  void bind(PreparedStatement statement, T value) throws SQLException;
}
