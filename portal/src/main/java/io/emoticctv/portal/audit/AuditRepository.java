package io.emoticctv.portal.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends CrudRepository<AuditEvent, Long> {

  /** Newest first; an empty actor or action matches every event. */
  @Query(
      "SELECT * FROM audit_events WHERE at >= :from AND at < :to"
          + " AND (:actor = '' OR actor ILIKE '%' || :actor || '%')"
          + " AND (:action = '' OR action = :action)"
          + " ORDER BY at DESC, id DESC LIMIT :limit")
  List<AuditEvent> search(Instant from, Instant to, String actor, String action, int limit);

  @Query("SELECT DISTINCT action FROM audit_events ORDER BY action")
  List<String> listActions();

  @Query("DELETE FROM audit_events WHERE at < :cutoff")
  long deleteOlderThan(Instant cutoff);
}
