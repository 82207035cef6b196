package io.emoticctv.portal.cameras;

import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Adds, changes and removes cameras. Each change is stored and published to the {@code cameras}
 * topic in one database transaction: when Kafka does not take it, the row is rolled back, so the
 * table and what ingest agents see never part ways. Each change goes to the audit trail saying
 * who changed what, and is announced to this instance as a {@link CameraChanged}.
 */
@Singleton
public final class CameraAdministration {
  private static final String UNIQUE_VIOLATION = "23505";

  private final CameraRepository cameras;
  private final CameraConfigPublisher publisher;
  private final TransactionOperations<Connection> transactions;
  private final AuditTrail audit;
  private final ApplicationEventPublisher<CameraChanged> changes;

  CameraAdministration(
      CameraRepository cameras,
      CameraConfigPublisher publisher,
      TransactionOperations<Connection> transactions,
      AuditTrail audit,
      ApplicationEventPublisher<CameraChanged> changes) {
    this.cameras = cameras;
    this.publisher = publisher;
    this.transactions = transactions;
    this.audit = audit;
    this.changes = changes;
  }

  public Optional<Camera> find(String cameraId) {
    return cameras.findById(cameraId);
  }

  /**
   * @throws DuplicateCameraException when the id is taken
   * @throws CameraPublishException when Kafka did not take it (nothing is stored)
   */
  public void create(Camera camera, String who) {
    try {
      transactions.executeWrite(
          status -> {
            if (cameras.existsById(camera.id())) {
              throw new DuplicateCameraException(camera.id());
            }
            cameras.save(camera);
            publisher.publish(camera);
            return null;
          });
    } catch (DataAccessException e) {
      if (isUniqueViolation(e)) {
        throw new DuplicateCameraException(camera.id());
      }
      throw e;
    }
    audit.record(who, "camera.create", camera.id(), CameraChanges.describe(camera));
    changes.publishEvent(new CameraChanged(camera.id()));
  }

  /**
   * @return false when there is no such camera
   * @throws CameraPublishException when Kafka did not take it (nothing is changed)
   */
  public boolean update(Camera camera, String who) {
    Optional<Camera> before =
        transactions.executeWrite(
            status -> {
              Optional<Camera> stored = cameras.findById(camera.id());
              if (stored.isPresent()) {
                cameras.update(camera);
                publisher.publish(camera);
              }
              return stored;
            });
    before.ifPresent(
        old -> {
          audit.record(who, "camera.update", camera.id(), CameraChanges.between(old, camera));
          changes.publishEvent(new CameraChanged(camera.id()));
        });
    return before.isPresent();
  }

  /**
   * @return false when there is no such camera
   * @throws CameraPublishException when Kafka did not take the tombstone (nothing is removed)
   */
  public boolean remove(String cameraId, String who) {
    boolean removed =
        transactions.executeWrite(
            status -> {
              if (cameras.deleteById(cameraId) == 0) {
                return false;
              }
              publisher.publishRemoval(cameraId);
              return true;
            });
    if (removed) {
      audit.record(who, "camera.delete", cameraId, "");
      changes.publishEvent(new CameraChanged(cameraId));
    }
    return removed;
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
