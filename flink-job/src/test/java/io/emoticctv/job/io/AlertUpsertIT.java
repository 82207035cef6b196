package io.emoticctv.job.io;

import static io.emoticctv.job.testing.Fixtures.windowStart;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.Severity;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.testing.Rows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alerts upsert against a real PostgreSQL: one row per episode, only ever moving forward. */
class AlertUpsertIT {
  private static PostgresServer postgres;
  private static String jdbcUrl;
  private static final String ID = AlertRecord.alertId("r1", "cam-1", windowStart(0));

  @BeforeAll
  static void database() {
    postgres = PostgresServer.shared();
    jdbcUrl = postgres.createDatabase("alert_upsert_it");
  }

  private static AlertRecord record(AlertPhase phase, int windows, double peak, long resolvedAt) {
    long updatedAt = resolvedAt > 0 ? resolvedAt : windowStart(windows);
    return new AlertRecord(AlertRecord.SCHEMA_VERSION, ID, phase, "cam-1", "hall", Emotion.ANGER, Severity.HIGH,
        windowStart(0), windowStart(2), updatedAt, resolvedAt, peak, peak, windows, List.of("cam-1"), "r1", 3,
        "rule r1", RuleKind.SUSTAINED, "m1", "sha");
  }

  private static void write(AlertRecord... records) throws Exception {
    AlertUpsert upsert = new AlertUpsert();
    try (Connection c = DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
        PreparedStatement st = c.prepareStatement(upsert.sql())) {
      for (AlertRecord r : records) {
        upsert.bind(st, r);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static Map<String, Object> row() throws Exception {
    List<Map<String, Object>> rows = Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "SELECT phase, windows, peak_share, status, (EXTRACT(EPOCH FROM resolved_at) * 1000)::bigint AS resolved_ms,"
            + " rule_version, zone FROM alerts WHERE alert_id = ?", ID);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void anEpisodeIsOneRowThatAReplayNeverMovesBackwards() throws Exception {
    write(record(AlertPhase.OPENED, 2, 0.75, 0));
    assertThat(row()).containsEntry("phase", "OPENED").containsEntry("windows", 2).containsEntry("resolved_ms", null)
        .containsEntry("status", "OPEN").containsEntry("rule_version", 3).containsEntry("zone", "hall");

    // the portal handles it meanwhile; the job never writes its columns
    Rows.query(jdbcUrl, postgres.user(), postgres.password(),
        "UPDATE alerts SET status = 'ACKNOWLEDGED' WHERE alert_id = ? RETURNING alert_id", ID);
    write(record(AlertPhase.UPDATED, 4, 1.0, 0), record(AlertPhase.RESOLVED, 4, 1.0, windowStart(5)));
    assertThat(row()).containsEntry("phase", "RESOLVED").containsEntry("windows", 4).containsEntry("peak_share", 1.0f)
        .containsEntry("resolved_ms", windowStart(5)).containsEntry("status", "ACKNOWLEDGED");

    // a restart sends the episode's records again, oldest first
    write(record(AlertPhase.OPENED, 2, 0.75, 0), record(AlertPhase.UPDATED, 4, 1.0, 0));
    assertThat(row()).containsEntry("phase", "RESOLVED").containsEntry("windows", 4)
        .containsEntry("resolved_ms", windowStart(5)).containsEntry("status", "ACKNOWLEDGED");
  }
}
