package io.emoticctv.infra.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema's TimescaleDB path, on the machine's PostgreSQL 15 with TimescaleDB preloaded. */
class TimescaleSchemaIT {

  @Test
  void emotionWindowsBecomeAHypertableWithRetention() throws Exception {
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
      assertThat(retention.getInt(1)).isEqualTo(1);
    }
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
  }
}
