package io.emoticctv.portal.users;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<UserAccount, Long> {

  Optional<UserAccount> findByEmail(String email);

  boolean existsByEmail(String email);

  /** Enabled users who asked for alert emails. */
  List<UserAccount> findByEnabledAndAlertEmails(boolean enabled, boolean alertEmails);

  /** Enabled users who asked for camera outage emails. */
  List<UserAccount> findByEnabledAndOutageEmails(boolean enabled, boolean outageEmails);

  /** Enabled users of the given roles, by name: who an alert can be assigned to. */
  List<UserAccount> findByEnabledAndRoleInOrderByDisplayName(boolean enabled, Collection<Role> roles);

  @Query("UPDATE users SET password_hash = :passwordHash WHERE id = :id")
  void updatePasswordHash(Long id, String passwordHash);
}
