package io.emoticctv.portal.alarms;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** {@code alarm_sounds}: the sounds admins uploaded, one per severity. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlarmSoundRepository extends GenericRepository<AlarmSoundRepository.AlarmSound, String> {

  @MappedEntity("alarm_sounds")
  record AlarmSound(@Id String severity, String contentType, byte[] data) {}

  Optional<AlarmSound> findById(String severity);

  @Query("SELECT severity FROM alarm_sounds ORDER BY severity")
  List<String> findSeverities();

  @Query(
      "INSERT INTO alarm_sounds (severity, content_type, data, uploaded_by) VALUES (:severity, :contentType, :data, :who)"
          + " ON CONFLICT (severity) DO UPDATE SET content_type = EXCLUDED.content_type, data = EXCLUDED.data,"
          + " uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()")
  void upsert(String severity, String contentType, byte[] data, String who);

  @Query("DELETE FROM alarm_sounds WHERE severity = :severity")
  int delete(String severity);
}
