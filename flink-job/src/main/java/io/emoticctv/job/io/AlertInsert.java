package io.emoticctv.job.io;

import io.emoticctv.contracts.AlertRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An alert as its {@code alerts} row, inserted once: the id is deterministic, so a replayed alert
 * is ignored and never resets what the portal recorded about it (status, e-mail).
 */
public final class AlertInsert implements JdbcStatement<AlertRecord> {
  static final String SQL = "INSERT INTO alerts (alert_id, camera_id, emotion, severity, first_window_start,"
      + " opened_at, peak_share, windows, rule, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (alert_id) DO NOTHING";

  @Override
  public String sql() {
    return SQL;
  }

  @Override
  public void bind(PreparedStatement st, AlertRecord a) throws SQLException {
    st.setString(1, a.alertId());
    st.setString(2, a.cameraId());
    st.setString(3, a.emotion().key());
    st.setString(4, a.severity().name());
    st.setObject(5, JdbcStatement.utc(a.firstWindowStart()));
    st.setObject(6, JdbcStatement.utc(a.openedAt()));
    st.setFloat(7, (float) a.peakShare());
    st.setInt(8, a.windows());
    st.setString(9, a.rule());
    st.setString(10, a.model());
  }
}
