package io.emoticctv.portal.alarms;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * {@code alarm_sounds}: the sounds admins uploaded, each named by a severity ({@code HIGH}) or by
 * the sound an emotion category names ({@code chime}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlarmSoundRepository extends GenericRepository<AlarmSoundRepository.AlarmSound, String> {

  @MappedEntity("alarm_sounds")
  record AlarmSound(@Id String sound, String contentType, byte[] data) {}

  Optional<AlarmSound> findById(String sound);

  @Query("SELECT sound FROM alarm_sounds ORDER BY sound")
  List<String> findNames();

  @Query(
      "INSERT INTO alarm_sounds (sound, content_type, data, uploaded_by) VALUES (:sound, :contentType, :data, :who)"
          + " ON CONFLICT (sound) DO UPDATE SET content_type = EXCLUDED.content_type, data = EXCLUDED.data,"
          + " uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()")
  void upsert(String sound, String contentType, byte[] data, String who);

  @Query("DELETE FROM alarm_sounds WHERE sound = :sound")
  int delete(String sound);
}
