package io.emoticctv.portal.users;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<UserAccount, Long> {

  Optional<UserAccount> findByEmail(String email);

  /** Enabled users who asked for alert emails. */
  List<UserAccount> findByEnabledAndAlertEmails(boolean enabled, boolean alertEmails);
}
