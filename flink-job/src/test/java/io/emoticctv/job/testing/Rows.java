package io.emoticctv.job.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rows back from the job's database, as column → value maps. */
public final class Rows {
  private Rows() {}

  public static List<Map<String, Object>> query(String url, String user, String password, String sql, Object... params)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        var st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /**
   * Faces counted per window row, keyed by {@link LiveFaces#windowKey}; {@code condition} (SQL
   * after WHERE, with {@code ?} for {@code params}) picks the rows.
   */
  public static Map<String, Long> facesPerWindow(String url, String user, String password, String condition,
      Object... params) throws SQLException {
    Map<String, Long> faces = new HashMap<>();
    for (Map<String, Object> row : query(url, user, password,
        "SELECT camera_id, (EXTRACT(EPOCH FROM window_start) * 1000)::bigint AS start_ms, faces FROM emotion_windows"
            + " WHERE " + condition, params)) {
      faces.put(LiveFaces.windowKey((String) row.get("camera_id"), (long) row.get("start_ms")),
          ((Number) row.get("faces")).longValue());
    }
    return faces;
  }
}
