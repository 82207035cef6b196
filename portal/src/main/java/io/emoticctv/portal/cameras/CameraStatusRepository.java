package io.emoticctv.portal.cameras;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CameraStatusRepository extends GenericRepository<CameraStatusRow, String> {

  List<CameraStatusRow> findAll();

  Optional<CameraStatusRow> findById(String cameraId);

  /**
   * Stores a status unless a newer one is already stored, so redelivered or replayed statuses
   * never roll a camera's state back.
   */
  @Query(
      """
      INSERT INTO camera_status (camera_id, state, frames_in_per_s, analysed_per_s, faces_per_s,
                                 faces_rejected, frames_dropped, rejected_by_reason, last_frame_at,
                                 last_error, updated_at)
      VALUES (:cameraId, :state, :framesInPerS, :analysedPerS, :facesPerS,
              :facesRejected, :framesDropped, :rejectedByReason, :lastFrameAt, :lastError, :updatedAt)
      ON CONFLICT (camera_id) DO UPDATE SET
          state = EXCLUDED.state,
          frames_in_per_s = EXCLUDED.frames_in_per_s,
          analysed_per_s = EXCLUDED.analysed_per_s,
          faces_per_s = EXCLUDED.faces_per_s,
          faces_rejected = EXCLUDED.faces_rejected,
          frames_dropped = EXCLUDED.frames_dropped,
          rejected_by_reason = EXCLUDED.rejected_by_reason,
          last_frame_at = EXCLUDED.last_frame_at,
          last_error = EXCLUDED.last_error,
          updated_at = EXCLUDED.updated_at
      WHERE camera_status.updated_at <= EXCLUDED.updated_at
      """)
  void upsert(
      String cameraId,
      String state,
      double framesInPerS,
      double analysedPerS,
      double facesPerS,
      long facesRejected,
      long framesDropped,
      String rejectedByReason,
      @Nullable Instant lastFrameAt,
      @Nullable String lastError,
      Instant updatedAt);
}
