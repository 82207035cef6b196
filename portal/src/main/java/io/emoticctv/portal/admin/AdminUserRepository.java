package io.emoticctv.portal.admin;

import io.emoticctv.portal.users.UserAccount;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The users table as the admin pages see it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AdminUserRepository extends GenericRepository<UserAccount, Long> {

  /** Users whose email or name contains {@code text} (all for ""), by email. */
  @Query(
      "SELECT * FROM users WHERE :text = '' OR email ILIKE '%' || :text || '%'"
          + " OR display_name ILIKE '%' || :text || '%' ORDER BY email LIMIT 500")
  List<UserAccount> search(String text);

  Optional<UserAccount> findById(Long id);

  @Query("UPDATE users SET role = :role WHERE id = :id")
  long updateRole(Long id, String role);

  @Query("UPDATE users SET enabled = :enabled WHERE id = :id")
  long updateEnabled(Long id, boolean enabled);

  @Query("DELETE FROM users WHERE id = :id")
  long deleteUser(Long id);
}
