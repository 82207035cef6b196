package io.emoticctv.infra.stack;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Registers cameras in the portal's database, leaving cameras an admin already edited alone. */
public final class CameraRegistry {
  private CameraRegistry() {}

  public static void register(Endpoints db, List<Camera> cameras) {
    String sql =
        "INSERT INTO cameras (id, name, location, source_url, analysis_fps) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING";
    try (var c = DriverManager.getConnection(db.jdbcUrl(), db.dbUser(), db.dbPassword());
        var st = c.prepareStatement(sql)) {
      for (Camera camera : cameras) {
        st.setString(1, camera.id());
        st.setString(2, camera.name());
        st.setString(3, camera.location());
        st.setString(4, camera.url());
        st.setDouble(5, camera.fps());
        st.addBatch();
      }
      st.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register cameras: " + e.getMessage(), e);
    }
  }
}
