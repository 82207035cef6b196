package io.emoticctv.portal.reports;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

@Singleton
@Connectable
class ReportScheduleRepository {
  private final DataSource dataSource;

  ReportScheduleRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<ReportSchedule> all() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "SELECT id, name, frequency, recipients, cameras, last_period_start, created_by FROM report_schedules ORDER BY id");
        ResultSet rs = st.executeQuery()) {
      List<ReportSchedule> schedules = new ArrayList<>();
      while (rs.next()) {
        Date last = rs.getDate(6);
        schedules.add(new ReportSchedule(rs.getLong(1), rs.getString(2), ReportPeriod.Frequency.valueOf(rs.getString(3)),
            Arrays.asList((String[]) rs.getArray(4).getArray()), Arrays.asList((String[]) rs.getArray(5).getArray()),
            last == null ? null : last.toLocalDate(), rs.getString(7)));
      }
      return schedules;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read report schedules", e);
    }
  }

  void create(String name, ReportPeriod.Frequency frequency, List<String> recipients, List<String> cameras, String who, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "INSERT INTO report_schedules (name, frequency, recipients, cameras, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      st.setString(1, name);
      st.setString(2, frequency.name());
      st.setArray(3, c.createArrayOf("text", recipients.toArray()));
      st.setArray(4, c.createArrayOf("text", cameras.toArray()));
      st.setString(5, who);
      st.setTimestamp(6, Timestamp.from(now));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the report schedule", e);
    }
  }

  boolean delete(long id) {
    return update("DELETE FROM report_schedules WHERE id = ?", st -> st.setLong(1, id)) > 0;
  }

  void markSent(long id, LocalDate periodStart) {
    update("UPDATE report_schedules SET last_period_start = ? WHERE id = ?", st -> {
      st.setDate(1, Date.valueOf(periodStart));
      st.setLong(2, id);
    });
  }

  /** Emails of enabled users, lower-case, among {@code emails}. */
  List<String> enabledUsers(List<String> emails) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT email FROM users WHERE enabled AND email = ANY(?) ORDER BY email")) {
      st.setArray(1, c.createArrayOf("text", emails.toArray()));
      List<String> found = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read users", e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement st) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      binder.bind(st);
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change report schedules", e);
    }
  }
}
