package io.emoticctv.portal.api;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** {@code api_tokens}: created, listed and revoked per user; looked up by hash on each API call. */
@Singleton
@Connectable
class ApiTokenRepository {
  private final DataSource dataSource;

  ApiTokenRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A token as its owner's page lists it. */
  record Listed(long id, String name, String prefix, List<String> scopes, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

  /** Who an active token speaks for. */
  record Holder(String email, String displayName, String role, Set<ApiScope> scopes, String tokenName) {}

  void create(String email, String name, String hash, String prefix, Set<ApiScope> scopes, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "INSERT INTO api_tokens (user_id, name, token_hash, token_prefix, scopes, created_at)"
                + " SELECT id, ?, ?, ?, ?, ? FROM users WHERE email = ?")) {
      Array array = c.createArrayOf("text", scopes.stream().map(ApiScope::key).sorted().toArray());
      st.setString(1, name);
      st.setString(2, hash);
      st.setString(3, prefix);
      st.setArray(4, array);
      st.setTimestamp(5, Timestamp.from(now));
      st.setString(6, email);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the token", e);
    }
  }

  List<Listed> list(String email) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "SELECT t.id, t.name, t.token_prefix, t.scopes, t.created_at, t.last_used_at, t.revoked_at"
                + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = ? ORDER BY t.id DESC")) {
      st.setString(1, email);
      List<Listed> tokens = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          tokens.add(new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
              Arrays.asList((String[]) rs.getArray(4).getArray()), instant(rs, 5), instant(rs, 6), instant(rs, 7)));
        }
      }
      return tokens;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list tokens", e);
    }
  }

  /** Revokes one of {@code email}'s own active tokens; false when there is none with that id. */
  boolean revoke(long id, String email, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"
                + " AND user_id = (SELECT id FROM users WHERE email = ?)")) {
      st.setTimestamp(1, Timestamp.from(now));
      st.setLong(2, id);
      st.setString(3, email);
      return st.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot revoke the token", e);
    }
  }

  /** The enabled user behind an unrevoked token, marking the token used. */
  Optional<Holder> use(String hash, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "UPDATE api_tokens t SET last_used_at = ? FROM users u WHERE t.token_hash = ? AND t.revoked_at IS NULL"
                + " AND u.id = t.user_id AND u.enabled RETURNING u.email, u.display_name, u.role, t.scopes, t.name")) {
      st.setTimestamp(1, Timestamp.from(now));
      st.setString(2, hash);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Set<ApiScope> scopes = Arrays.stream((String[]) rs.getArray(4).getArray()).map(ApiScope::parse).collect(Collectors.toSet());
        return Optional.of(new Holder(rs.getString(1), rs.getString(2), rs.getString(3), scopes, rs.getString(5)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check the token", e);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
