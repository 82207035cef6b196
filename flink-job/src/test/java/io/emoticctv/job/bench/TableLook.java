package io.emoticctv.job.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** Looks at what a query over the job's database returns now: (key text, from_ms bigint) rows. */
final class TableLook implements FirstSeen.Look, AutoCloseable {
  private final Connection connection;
  private final PreparedStatement query;

  TableLook(String jdbcUrl, String user, String password, String sql) throws Exception {
    connection = DriverManager.getConnection(jdbcUrl, user, password);
    query = connection.prepareStatement(sql);
  }

  @Override
  public Map<String, Long> visible() throws Exception {
    Map<String, Long> rows = new HashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getLong(2));
      }
    }
    return rows;
  }

  @Override
  public void close() throws Exception {
    try (connection;
        query) {
      // closes both
    }
  }
}
