package io.emoticctv.portal.cameras;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** {@code camera_health_alerts}: the outages whose email went out, claimed before sending. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CameraHealthAlertRepository
    extends GenericRepository<CameraHealthAlertRepository.HealthAlert, String> {

  @MappedEntity("camera_health_alerts")
  record HealthAlert(@Id String cameraId, Instant outageSince, String state) {}

  /** Returns 1 when this call claimed the outage, 0 when it had been claimed before. */
  @Query(
      "INSERT INTO camera_health_alerts (camera_id, outage_since, state) VALUES (:cameraId, :outageSince, :state)"
          + " ON CONFLICT (camera_id, outage_since) DO NOTHING")
  int insertClaim(String cameraId, Instant outageSince, String state);

  @Query("DELETE FROM camera_health_alerts WHERE camera_id = :cameraId AND outage_since = :outageSince")
  int deleteClaim(String cameraId, Instant outageSince);
}
