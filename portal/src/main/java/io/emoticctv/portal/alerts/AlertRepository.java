package io.emoticctv.portal.alerts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertRepository extends GenericRepository<StoredAlert, String> {

  Optional<StoredAlert> findById(String alertId);

  /** Newest first. */
  List<StoredAlert> listOrderByOpenedAtDesc(Pageable page);

  /** Notes that the alert's emails went out; does nothing while the job has not stored the row. */
  @Query("UPDATE alerts SET emailed_at = now() WHERE alert_id = :alertId AND emailed_at IS NULL")
  void updateEmailedAt(String alertId);
}
