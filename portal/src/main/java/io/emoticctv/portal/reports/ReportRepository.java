package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Reads a report's rows from the rollups, and the cameras and alerts it names. */
@Singleton
@Connectable
class ReportRepository {
  private static final String COUNTS =
      Arrays.stream(Emotion.values()).map(e -> "r." + e.key()).collect(Collectors.joining(", "));
  // Cameras are picked by id and zone; an empty list or zone picks all.
  private static final String CAMERA_FILTER =
      " (cardinality(?::text[]) = 0 OR c.id = ANY(?::text[])) AND (? = '' OR c.zone = ?)";

  private final DataSource dataSource;

  ReportRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<RollupRow> rows(ReportRequest request) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = rowsStatement(c, "", request)) {
      List<RollupRow> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          long[] counts = new long[Emotion.COUNT];
          for (int i = 0; i < counts.length; i++) {
            counts[i] = rs.getLong(4 + i);
          }
          rows.add(new RollupRow(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), counts));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the report's rollups", e);
    }
  }

  /** The query {@link #rows} runs, with the request's values bound, after {@code prefix} (e.g. EXPLAIN). */
  static PreparedStatement rowsStatement(Connection c, String prefix, ReportRequest request) throws SQLException {
    PreparedStatement st = c.prepareStatement(
        prefix + "SELECT r.camera_id, r.bucket, r.faces, " + COUNTS + " FROM " + request.granularity().rollup
            + " r JOIN cameras c ON c.id = r.camera_id WHERE r.bucket >= ? AND r.bucket < ? AND"
            + CAMERA_FILTER + " ORDER BY r.bucket, r.camera_id");
    try {
      st.setTimestamp(1, Timestamp.from(request.from()));
      st.setTimestamp(2, Timestamp.from(request.to()));
      bindCameras(c, st, 3, request);
      return st;
    } catch (SQLException e) {
      st.close();
      throw e;
    }
  }

  List<ReportAlert> alerts(ReportRequest request, int limit) {
    String sql =
        "SELECT a.opened_at, a.camera_id, a.emotion, a.severity, a.peak_share, a.status FROM alerts a"
            + " JOIN cameras c ON c.id = a.camera_id WHERE a.opened_at >= ? AND a.opened_at < ? AND"
            + CAMERA_FILTER + " ORDER BY a.opened_at DESC LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(request.from()));
      st.setTimestamp(2, Timestamp.from(request.to()));
      bindCameras(c, st, 3, request);
      st.setInt(7, limit);
      List<ReportAlert> alerts = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          alerts.add(new ReportAlert(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getDouble(5), rs.getString(6)));
        }
      }
      return alerts;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the report's alerts", e);
    }
  }

  /** Camera names by id, in name order. */
  Map<String, String> cameraNames() {
    return pairs("SELECT id, name FROM cameras ORDER BY name, id");
  }

  List<String> zones() {
    return new ArrayList<>(pairs("SELECT DISTINCT zone, zone FROM cameras WHERE zone <> '' ORDER BY zone").keySet());
  }

  private Map<String, String> pairs(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      Map<String, String> pairs = new LinkedHashMap<>();
      while (rs.next()) {
        pairs.put(rs.getString(1), rs.getString(2));
      }
      return pairs;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the cameras", e);
    }
  }

  private static void bindCameras(Connection c, PreparedStatement st, int first, ReportRequest request) throws SQLException {
    Array ids = c.createArrayOf("text", request.cameras().toArray());
    st.setArray(first, ids);
    st.setArray(first + 1, ids);
    st.setString(first + 2, request.cameraZone());
    st.setString(first + 3, request.cameraZone());
  }
}
