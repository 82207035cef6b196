package io.emoticctv.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.infra.servers.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Reports read the rollups on the real, migrated PostgreSQL: three months of windows come back as
 * the right buckets, and a range of buckets is read through the rollup's index rather than by
 * reading every window ever stored.
 */
class RollupRangeIT {
  static final LocalDate FIRST = LocalDate.parse("2026-08-01");
  static final int DAYS = 92;

  private static PGSimpleDataSource db;

  @BeforeAll
  static void threeMonthsOfWindows() throws SQLException {
    PostgresServer postgres = PostgresServer.shared();
    db = new PGSimpleDataSource();
    db.setUrl(postgres.createDatabase("rollup_range"));
    db.setUser(postgres.user());
    db.setPassword(postgres.password());
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO cameras (id, name, location, source_url) VALUES ('cam-1', 'Hall', 'Hall', 'file:///c.mp4')");
      // one window every 10 minutes: 2 happy faces and 1 sad face each
      st.execute("INSERT INTO emotion_windows (camera_id, window_start, window_end, faces, anger, disgust, fear, happiness,"
          + " neutral, sadness, surprise, p_anger, p_disgust, p_fear, p_happiness, p_neutral, p_sadness, p_surprise, model)"
          + " SELECT 'cam-1', t, t + interval '10 seconds', 3, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0.6, 0, 0.3, 0, 'm'"
          + " FROM generate_series(TIMESTAMPTZ '" + FIRST + "T00:00:00Z', TIMESTAMPTZ '" + FIRST.plusDays(DAYS) + "T00:00:00Z'"
          + " - interval '10 minutes', interval '10 minutes') AS t");
      st.execute("ANALYZE emotion_windows");
    }
  }

  @Test
  void aReportOfThreeMonthsByDayHasEveryDaysFaces() {
    ReportRequest request = ReportRequest.parse(
        Map.of("from", FIRST.toString(), "to", FIRST.plusDays(DAYS - 1).toString(), "granularity", "day"),
        List.of("cam-1"), ZoneOffset.UTC, FIRST.plusDays(DAYS));
    List<RollupRow> rows = new ReportRepository(db).rows(request);
    Report report = ReportBuilder.build(request, rows, Map.of("cam-1", "Hall"), List.of(), List.of());
    assertThat(report.series()).hasSize(DAYS);
    assertThat(report.series()).allSatisfy(day -> assertThat(day.tally().faces()).isEqualTo(6 * 24 * 3));
    assertThat(report.total().count(Emotion.SADNESS)).isEqualTo(DAYS * 6 * 24);
  }

  @Test
  void aRangeOfBucketsIsReadThroughTheRollupsIndex() throws SQLException {
    try (Connection c = db.getConnection()) {
      try (Statement st = c.createStatement()) {
        // the table is small here: forbid reading it whole, so a plan without a usable index shows
        st.execute("SET enable_seqscan = off");
      }
      for (String[] rollup : new String[][] {{"minute", "emotion_windows_by_minute"}, {"hour", "emotion_windows_by_hour"}}) {
        ReportRequest oneDay = ReportRequest.parse(
            Map.of("from", "2026-09-10", "to", "2026-09-10", "granularity", rollup[0]),
            List.of("cam-1"), ZoneOffset.UTC, FIRST.plusDays(DAYS));
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = ReportRepository.rowsStatement(c, "EXPLAIN ", oneDay);
            ResultSet rs = explain.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        assertThat(plan.toString()).as(rollup[0]).contains(rollup[1]).contains("Index Cond").doesNotContain("Seq Scan on emotion_windows");
      }
    }
  }
}
