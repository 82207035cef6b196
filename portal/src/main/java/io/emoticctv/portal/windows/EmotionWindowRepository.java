package io.emoticctv.portal.windows;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the job's window rows; every query walks the (camera_id, window_start) primary key. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EmotionWindowRepository extends GenericRepository<WindowCounts, Void> {
  String COLUMNS =
      "w.camera_id, w.window_start, w.window_end, w.faces, w.anger, w.disgust, w.fear,"
          + " w.happiness, w.neutral, w.sadness, w.surprise";

  /** The newest window of every camera that has one. */
  @Query(
      "SELECT "
          + COLUMNS
          + " FROM cameras c CROSS JOIN LATERAL (SELECT * FROM emotion_windows x"
          + " WHERE x.camera_id = c.id ORDER BY x.window_start DESC LIMIT 1) w")
  List<WindowCounts> findLatestOfEachCamera();

  @Query(
      "SELECT "
          + COLUMNS
          + " FROM emotion_windows w WHERE w.camera_id = :cameraId"
          + " ORDER BY w.window_start DESC LIMIT 1")
  Optional<WindowCounts> findLatest(String cameraId);

  /** Windows of one camera starting at or after {@code from}, oldest first. */
  @Query(
      "SELECT "
          + COLUMNS
          + " FROM emotion_windows w WHERE w.camera_id = :cameraId AND w.window_start >= :from"
          + " ORDER BY w.window_start")
  List<WindowCounts> findSince(String cameraId, Instant from);
}
