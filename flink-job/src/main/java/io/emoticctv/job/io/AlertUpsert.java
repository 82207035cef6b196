package io.emoticctv.job.io;

import io.emoticctv.contracts.AlertRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An alert episode as its {@code alerts} row: inserted on its first record, then updated in
 * place. The update only moves forward, ordered by (updated_at, phase): a record sent again after
 * a restart, or arriving after a newer one, leaves the row as it is. The portal's columns
 * (status, emailed_at) are never written here.
 */
public final class AlertUpsert implements JdbcStatement<AlertRecord> {
  private static final String[] COLUMNS = {
    "alert_id", "camera_id", "zone", "emotion", "severity", "first_window_start", "opened_at", "updated_at",
    "resolved_at", "peak_share", "last_share", "windows", "cameras", "phase", "rule_id", "rule_version", "rule",
    "rule_kind", "model", "model_sha256"
  };
  /** Columns that change over an episode; the rest are fixed when it opens. */
  private static final String[] CHANGING = {
    "emotion", "updated_at", "resolved_at", "peak_share", "last_share", "windows", "cameras", "phase", "model",
    "model_sha256"
  };

  static final String SQL = "INSERT INTO alerts (" + String.join(", ", COLUMNS) + ") VALUES ("
      + Arrays.stream(COLUMNS).map(c -> "?").collect(Collectors.joining(", ")) + ")"
      + " ON CONFLICT (alert_id) DO UPDATE SET "
      + Arrays.stream(CHANGING).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
      + " WHERE (coalesce(alerts.updated_at, alerts.opened_at), " + phaseRank("alerts.phase") + ")"
      + " < (EXCLUDED.updated_at, " + phaseRank("EXCLUDED.phase") + ")";

  private static String phaseRank(String column) {
    return "CASE " + column + " WHEN 'OPENED' THEN 0 WHEN 'UPDATED' THEN 1 ELSE 2 END";
  }

  @Override
  public String sql() {
    return SQL;
  }

  @Override
  public void bind(PreparedStatement st, AlertRecord a) throws SQLException {
    int i = 1;
    st.setString(i++, a.alertId());
    st.setString(i++, a.cameraId());
    st.setString(i++, a.zone());
    st.setString(i++, a.emotion().key());
    st.setString(i++, a.severity().name());
    st.setObject(i++, JdbcStatement.utc(a.firstWindowStart()));
    st.setObject(i++, JdbcStatement.utc(a.openedAt()));
    st.setObject(i++, JdbcStatement.utc(a.updatedAt()));
    if (a.resolvedAt() > 0) {
      st.setObject(i++, JdbcStatement.utc(a.resolvedAt()));
    } else {
      st.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
    }
    st.setFloat(i++, (float) a.peakShare());
    st.setFloat(i++, (float) a.lastShare());
    st.setInt(i++, a.windows());
    st.setArray(i++, st.getConnection().createArrayOf("text", a.cameras().toArray()));
    st.setString(i++, a.phase().name());
    st.setString(i++, a.ruleId());
    st.setInt(i++, a.ruleVersion());
    st.setString(i++, a.rule());
    st.setString(i++, a.ruleKind().name());
    st.setString(i++, a.model());
    st.setString(i, a.modelSha256());
  }
}
