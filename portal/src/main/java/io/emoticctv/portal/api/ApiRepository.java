package io.emoticctv.portal.api;

import io.emoticctv.contracts.Emotion;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** What the API returns, read straight from the tables and rollups as JSON-ready maps. */
@Singleton
@Connectable
class ApiRepository {
  private static final Set<String> AGGREGATES = Set.of("emotion_windows", "emotion_minutes", "emotion_hours");
  private static final String COUNTS =
      Arrays.stream(Emotion.values()).map(Emotion::key).collect(Collectors.joining(", "));

  private final DataSource dataSource;

  ApiRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<Map<String, Object>> cameras() {
    return rows("SELECT id, name, location, zone, enabled FROM cameras ORDER BY id", st -> {}, rs -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", rs.getString(1));
      row.put("name", rs.getString(2));
      row.put("location", rs.getString(3));
      row.put("zone", rs.getString(4));
      row.put("enabled", rs.getBoolean(5));
      return row;
    });
  }

  List<Map<String, Object>> alerts(int limit) {
    return rows(
        "SELECT alert_id, camera_id, zone, emotion, severity, phase, status, opened_at, resolved_at, peak_share, rule"
            + " FROM alerts ORDER BY opened_at DESC LIMIT ?",
        st -> st.setInt(1, limit),
        rs -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("alertId", rs.getString(1));
          row.put("cameraId", rs.getString(2));
          row.put("zone", rs.getString(3));
          row.put("emotion", rs.getString(4));
          row.put("severity", rs.getString(5));
          row.put("phase", rs.getString(6));
          row.put("status", rs.getString(7));
          row.put("openedAt", rs.getTimestamp(8).toInstant().toString());
          Timestamp resolved = rs.getTimestamp(9);
          row.put("resolvedAt", resolved == null ? "" : resolved.toInstant().toString());
          row.put("peakShare", rs.getDouble(10));
          row.put("rule", rs.getString(11));
          return row;
        });
  }

  /** One row per bucket of {@code table}: start, faces and counts per emotion in Emotion order. */
  List<Map<String, Object>> aggregates(String table, String cameraId, Instant from, Instant to, int limit) {
    if (!AGGREGATES.contains(table)) {
      throw new IllegalArgumentException("not an aggregate: " + table);
    }
    String bucket = table.equals("emotion_windows") ? "window_start" : "bucket";
    return rows(
        "SELECT " + bucket + ", faces, " + COUNTS + " FROM " + table + " WHERE camera_id = ? AND " + bucket + " >= ? AND "
            + bucket + " < ? ORDER BY " + bucket + " LIMIT ?",
        st -> {
          st.setString(1, cameraId);
          st.setTimestamp(2, Timestamp.from(from));
          st.setTimestamp(3, Timestamp.from(to));
          st.setInt(4, limit);
        },
        rs -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("start", rs.getTimestamp(1).toInstant().toString());
          row.put("faces", rs.getLong(2));
          List<Long> counts = new ArrayList<>();
          for (int i = 0; i < Emotion.COUNT; i++) {
            counts.add(rs.getLong(3 + i));
          }
          row.put("counts", counts);
          return row;
        });
  }

  private interface Binder {
    void bind(PreparedStatement st) throws SQLException;
  }

  private interface RowMapper {
    Map<String, Object> map(ResultSet rs) throws SQLException;
  }

  private List<Map<String, Object>> rows(String sql, Binder binder, RowMapper mapper) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      binder.bind(st);
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + sql, e);
    }
  }
}
