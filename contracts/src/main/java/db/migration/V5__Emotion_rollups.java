package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Per-minute and per-hour rollups of {@code emotion_windows}, named {@code emotion_minutes} and
 * {@code emotion_hours}, with the same columns either way: a TimescaleDB continuous aggregate
 * (refreshed by a policy, recent windows included in real time) where the extension is loaded;
 * a plain view computing the same on read on plain PostgreSQL.
 *
 * <p>Java rather than SQL because a continuous aggregate cannot be created inside a transaction or
 * a DO block, and whether to create one depends on the server.
 */
public class V5__Emotion_rollups extends BaseJavaMigration {
  private static final List<String> EMOTIONS =
      List.of("anger", "disgust", "fear", "happiness", "neutral", "sadness", "surprise");

  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean timescale = hasTimescale(connection);
    try (Statement st = connection.createStatement()) {
      for (String[] rollup : new String[][] {{"emotion_minutes", "1 minute", "400 days"}, {"emotion_hours", "1 hour", "5 years"}}) {
        if (timescale) {
          st.execute(
              "CREATE MATERIALIZED VIEW " + rollup[0] + " WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS "
                  + select("time_bucket(INTERVAL '" + rollup[1] + "', window_start)"));
          st.execute(
              "SELECT add_continuous_aggregate_policy('" + rollup[0] + "', start_offset => INTERVAL '3 hours',"
                  + " end_offset => INTERVAL '" + rollup[1] + "', schedule_interval => INTERVAL '" + rollup[1] + "')");
          st.execute("SELECT add_retention_policy('" + rollup[0] + "', INTERVAL '" + rollup[2] + "')");
        } else {
          st.execute("CREATE VIEW " + rollup[0] + " AS " + select("date_bin(INTERVAL '" + rollup[1] + "', window_start, TIMESTAMPTZ 'epoch')"));
        }
      }
    }
  }

  /** Counts add up; mean probabilities are re-weighted by each window's faces. */
  static String select(String bucket) {
    String columns =
        Stream.concat(
                EMOTIONS.stream().map(e -> "sum(" + e + ") AS " + e),
                EMOTIONS.stream().map(e -> "sum(p_" + e + " * faces) / NULLIF(sum(faces), 0) AS p_" + e))
            .collect(Collectors.joining(", "));
    return "SELECT camera_id, " + bucket + " AS bucket, sum(faces) AS faces, " + columns
        + " FROM emotion_windows GROUP BY camera_id, " + bucket;
  }

  private static boolean hasTimescale(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'timescaledb'")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }
}
