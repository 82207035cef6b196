package io.emoticctv.portal.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** {@code user_totp} and {@code user_recovery_codes}: each user's second factor, if any. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TwoFactorRepository extends GenericRepository<TwoFactorRepository.UserTotp, Long> {

  /** A user's TOTP secret; {@code enabledAt} null while the setup awaits its first code. */
  @MappedEntity("user_totp")
  record UserTotp(@Id Long userId, String secretBase32, Instant createdAt, @Nullable Instant enabledAt, long lastUsedStep) {
    boolean on() {
      return enabledAt != null;
    }
  }

  Optional<UserTotp> findById(Long userId);

  /** Stores a new secret awaiting confirmation; 0 when two-factor login is on already. */
  @Query(
      "INSERT INTO user_totp (user_id, secret_base32, created_at) VALUES (:userId, :secret, now())"
          + " ON CONFLICT (user_id) DO UPDATE SET secret_base32 = EXCLUDED.secret_base32, created_at = now()"
          + " WHERE user_totp.enabled_at IS NULL")
  int startSetup(long userId, String secret);

  /** Switches the awaited setup on, its confirming code's step used up; 0 when none awaited. */
  @Query(
      "UPDATE user_totp SET enabled_at = now(), last_used_step = :step"
          + " WHERE user_id = :userId AND enabled_at IS NULL AND secret_base32 = :secret")
  int enable(long userId, String secret, long step);

  /** Uses up a time step; 0 when it or a later one was used before (a replayed code). */
  @Query("UPDATE user_totp SET last_used_step = :step WHERE user_id = :userId AND enabled_at IS NOT NULL AND last_used_step < :step")
  int claimStep(long userId, long step);

  @Query("DELETE FROM user_totp WHERE user_id = :userId")
  int deleteSecret(long userId);

  @Query("INSERT INTO user_recovery_codes (user_id, code_hash) VALUES (:userId, :codeHash)")
  void insertRecoveryCode(long userId, String codeHash);

  /** Uses up a recovery code; 0 when there is no such unused code. */
  @Query("UPDATE user_recovery_codes SET used_at = now() WHERE user_id = :userId AND code_hash = :codeHash AND used_at IS NULL")
  int useRecoveryCode(long userId, String codeHash);

  @Query("SELECT count(*) FROM user_recovery_codes WHERE user_id = :userId AND used_at IS NULL")
  long countUnusedRecoveryCodes(long userId);

  @Query("DELETE FROM user_recovery_codes WHERE user_id = :userId")
  int deleteRecoveryCodes(long userId);
}
