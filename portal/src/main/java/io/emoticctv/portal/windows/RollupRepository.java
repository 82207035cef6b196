package io.emoticctv.portal.windows;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** One camera's minute and hour rollups since an instant, oldest first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RollupRepository extends GenericRepository<RollupCounts, Void> {
  String COLUMNS =
      "camera_id, bucket, faces, anger, disgust, fear, happiness, neutral, sadness, surprise";

  @Query("SELECT " + COLUMNS + " FROM emotion_minutes WHERE camera_id = :cameraId AND bucket >= :from ORDER BY bucket")
  List<RollupCounts> minutesSince(String cameraId, Instant from);

  @Query("SELECT " + COLUMNS + " FROM emotion_hours WHERE camera_id = :cameraId AND bucket >= :from ORDER BY bucket")
  List<RollupCounts> hoursSince(String cameraId, Instant from);
}
