package io.emoticctv.infra.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema's TimescaleDB path, on the machine's PostgreSQL 15 with TimescaleDB preloaded. */
class TimescaleSchemaIT {

  @Test
  void emotionWindowsBecomeAHypertableWithRollupsAndNoFixedRetention() throws Exception {
    Optional<PostgresServer> local = PostgresServer.localTimescale();
    assumeTrue(
        local.isPresent(),
        "no PostgreSQL with TimescaleDB on 127.0.0.1:5432 (run infra/scripts/timescaledb-setup.sh)");
    PostgresServer pg = local.get();
    String url = pg.createDatabase("timescale_schema_it");
    try (var c = DriverManager.getConnection(url, pg.user(), pg.password())) {
      var hypertables =
          c.createStatement()
              .executeQuery("SELECT hypertable_name FROM timescaledb_information.hypertables");
      assertThat(hypertables.next()).isTrue();
      assertThat(hypertables.getString(1)).isEqualTo("emotion_windows");
      var retention =
          c.createStatement()
              .executeQuery(
                  "SELECT count(*) FROM timescaledb_information.jobs"
                      + " WHERE proc_name = 'policy_retention' AND hypertable_name = 'emotion_windows'");
      retention.next();
      assertThat(retention.getInt(1))
          .as("the portal's retention job deletes windows by the site's setting, not a fixed policy")
          .isZero();
      var rollups =
          c.createStatement()
              .executeQuery(
                  "SELECT string_agg(view_name, ',' ORDER BY view_name)"
                      + " FROM timescaledb_information.continuous_aggregates");
      rollups.next();
      assertThat(rollups.getString(1)).isEqualTo("emotion_hours,emotion_minutes");
    }
    assertRollupsAddUpWindows(url, pg);
  }

  @Test
  void plainPostgresKeepsAPlainTable() throws Exception {
    PostgresServer pg = PostgresServer.shared();
    String url = pg.createDatabase("plain_schema_it");
    try (var c = DriverManager.getConnection(url, pg.user(), pg.password());
        var rs =
            c.createStatement()
                .executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'timescaledb'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
    assertRollupsAddUpWindows(url, pg);
  }

  /** Two 10 s windows of one minute: 4 faces (3 anger) and 6 faces (all neutral). */
  private static void assertRollupsAddUpWindows(String url, PostgresServer pg) throws Exception {
    try (var c = DriverManager.getConnection(url, pg.user(), pg.password())) {
      c.createStatement()
          .execute(
              "INSERT INTO emotion_windows VALUES"
                  + " ('cam-1', '2026-11-25 10:00:00+00', '2026-11-25 10:00:10+00', 4, 3, 0, 0, 0, 1, 0, 0,"
                  + "  0.7, 0, 0, 0, 0.3, 0, 0, 'fast-v1'),"
                  + " ('cam-1', '2026-11-25 10:00:10+00', '2026-11-25 10:00:20+00', 6, 0, 0, 0, 0, 6, 0, 0,"
                  + "  0.1, 0, 0, 0, 0.9, 0, 0, 'fast-v1')");
      for (String rollup : new String[] {"emotion_minutes", "emotion_hours"}) {
        var rs =
            c.createStatement()
                .executeQuery("SELECT faces, anger, neutral, p_anger FROM " + rollup + " WHERE camera_id = 'cam-1'");
        assertThat(rs.next()).as(rollup + " has the camera's bucket").isTrue();
        assertThat(rs.getInt("faces")).isEqualTo(10);
        assertThat(rs.getInt("anger")).isEqualTo(3);
        assertThat(rs.getInt("neutral")).isEqualTo(7);
        assertThat(rs.getDouble("p_anger")).isCloseTo((0.7 * 4 + 0.1 * 6) / 10, within(1e-6));
        assertThat(rs.next()).as(rollup + " has one bucket").isFalse();
      }
    }
  }
}
