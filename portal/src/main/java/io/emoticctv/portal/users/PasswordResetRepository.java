package io.emoticctv.portal.users;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** {@code password_resets}: recovery links by the SHA-256 of their token. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PasswordResetRepository
    extends GenericRepository<PasswordResetRepository.PasswordReset, String> {

  @MappedEntity("password_resets")
  record PasswordReset(@Id String tokenSha256, Long userId, Instant expiresAt) {}

  @Query(
      "INSERT INTO password_resets (token_sha256, user_id, expires_at)"
          + " VALUES (:tokenSha256, :userId, :expiresAt)")
  void insert(String tokenSha256, Long userId, Instant expiresAt);

  /** The link's user while the link is unused and unexpired. */
  @Query(
      "SELECT token_sha256, user_id, expires_at FROM password_resets"
          + " WHERE token_sha256 = :tokenSha256 AND used_at IS NULL AND expires_at > now()")
  Optional<PasswordReset> findUsable(String tokenSha256);

  /** Uses the link up; returns 0 when it was used, expired or unknown (so it works once). */
  @Query(
      "UPDATE password_resets SET used_at = now()"
          + " WHERE token_sha256 = :tokenSha256 AND used_at IS NULL AND expires_at > now()")
  int use(String tokenSha256);
}
