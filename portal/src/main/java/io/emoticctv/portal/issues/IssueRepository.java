package io.emoticctv.portal.issues;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@code issues}, {@code issue_events} and {@code issue_attachments}. */
@Singleton
@Connectable
class IssueRepository {
  private static final String SUMMARY =
      "SELECT i.id, i.title, i.description, i.camera_id, i.reporter_id, u.email, i.status, i.created_at, i.updated_at"
          + " FROM issues i LEFT JOIN users u ON u.id = i.reporter_id";

  private final DataSource dataSource;

  IssueRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores the issue, its first event and its attachments in one transaction; returns its id. */
  @Transactional
  long create(String title, String description, String cameraId, long reporterId, List<CheckedImage> images, Instant now) {
    try {
      Connection c = dataSource.getConnection();
      long id;
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO issues (title, description, camera_id, reporter_id, status, created_at, updated_at)"
              + " VALUES (?, ?, ?, ?, 'OPEN', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        st.setString(1, title);
        st.setString(2, description);
        if (cameraId == null) {
          st.setNull(3, Types.VARCHAR);
        } else {
          st.setString(3, cameraId);
        }
        st.setLong(4, reporterId);
        st.setTimestamp(5, Timestamp.from(now));
        st.setTimestamp(6, Timestamp.from(now));
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      insertEvent(c, id, reporterId, IssueStatus.OPEN, "", now);
      for (CheckedImage image : images) {
        try (PreparedStatement st = c.prepareStatement(
            "INSERT INTO issue_attachments (issue_id, file_name, content_type, width, height, bytes, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          st.setLong(1, id);
          st.setString(2, image.fileName());
          st.setString(3, image.contentType());
          st.setInt(4, image.width());
          st.setInt(5, image.height());
          st.setBytes(6, image.bytes());
          st.setTimestamp(7, Timestamp.from(now));
          st.executeUpdate();
        }
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the issue", e);
    }
  }

  /** Moves the issue to {@code status} with a history event; false when there is no such issue. */
  @Transactional
  boolean changeStatus(long id, IssueStatus status, String comment, long actorId, Instant now) {
    try {
      Connection c = dataSource.getConnection();
      int changed;
      try (PreparedStatement st = c.prepareStatement("UPDATE issues SET status = ?, updated_at = ? WHERE id = ?")) {
        st.setString(1, status.name());
        st.setTimestamp(2, Timestamp.from(now));
        st.setLong(3, id);
        changed = st.executeUpdate();
      }
      if (changed == 0) {
        return false;
      }
      insertEvent(c, id, actorId, status, comment, now);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change the issue", e);
    }
  }

  /** Newest change first; null filters match all. */
  List<Issue> list(Long reporterId, IssueStatus status, String cameraId) {
    String sql = SUMMARY + " WHERE (?::bigint IS NULL OR i.reporter_id = ?) AND (?::text IS NULL OR i.status = ?)"
        + " AND (?::text IS NULL OR i.camera_id = ?) ORDER BY i.updated_at DESC, i.id DESC LIMIT 500";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, reporterId, Types.BIGINT);
      st.setObject(2, reporterId, Types.BIGINT);
      st.setString(3, status == null ? null : status.name());
      st.setString(4, status == null ? null : status.name());
      st.setString(5, cameraId);
      st.setString(6, cameraId);
      List<Issue> issues = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          issues.add(summary(rs, List.of(), List.of()));
        }
      }
      return issues;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list issues", e);
    }
  }

  Optional<Issue> find(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(SUMMARY + " WHERE i.id = ?")) {
      st.setLong(1, id);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(summary(rs, history(c, id), attachments(c, id)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the issue", e);
    }
  }

  Optional<Issue.AttachmentContent> attachment(long issueId, long attachmentId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "SELECT file_name, content_type, bytes FROM issue_attachments WHERE issue_id = ? AND id = ?")) {
      st.setLong(1, issueId);
      st.setLong(2, attachmentId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new Issue.AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the attachment", e);
    }
  }

  Optional<Long> userId(String email) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT id FROM users WHERE email = ?")) {
      st.setString(1, email);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the user", e);
    }
  }

  boolean cameraExists(String cameraId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT 1 FROM cameras WHERE id = ?")) {
      st.setString(1, cameraId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the cameras", e);
    }
  }

  private static void insertEvent(Connection c, long issueId, long actorId, IssueStatus status, String comment, Instant now)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO issue_events (issue_id, at, actor_id, status, comment) VALUES (?, ?, ?, ?, ?)")) {
      st.setLong(1, issueId);
      st.setTimestamp(2, Timestamp.from(now));
      st.setLong(3, actorId);
      st.setString(4, status.name());
      st.setString(5, comment);
      st.executeUpdate();
    }
  }

  private static List<Issue.Event> history(Connection c, long id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT e.at, u.email, e.status, e.comment FROM issue_events e LEFT JOIN users u ON u.id = e.actor_id"
            + " WHERE e.issue_id = ? ORDER BY e.at, e.id")) {
      st.setLong(1, id);
      List<Issue.Event> events = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          events.add(new Issue.Event(rs.getTimestamp(1).toInstant(), rs.getString(2),
              IssueStatus.valueOf(rs.getString(3)), rs.getString(4)));
        }
      }
      return events;
    }
  }

  private static List<Issue.Attachment> attachments(Connection c, long id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT id, file_name, content_type, width, height FROM issue_attachments WHERE issue_id = ? ORDER BY id")) {
      st.setLong(1, id);
      List<Issue.Attachment> attachments = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          attachments.add(new Issue.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
        }
      }
      return attachments;
    }
  }

  private static Issue summary(ResultSet rs, List<Issue.Event> history, List<Issue.Attachment> attachments) throws SQLException {
    Long reporterId = rs.getObject(5, Long.class);
    return new Issue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        reporterId, rs.getString(6), IssueStatus.valueOf(rs.getString(7)),
        rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(), history, attachments);
  }
}
