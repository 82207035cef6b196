package io.emoticctv.portal.cameras;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds, changes and removes cameras. Each change is stored and published to the {@code cameras}
 * topic in one database transaction: when Kafka does not take it, the row is rolled back, so the
 * table and what ingest agents see never part ways. Each change leaves an audit line saying who
 * changed what (logger {@value #AUDIT_LOGGER}).
 */
@Singleton
public final class CameraAdministration {
  static final String AUDIT_LOGGER = "io.emoticctv.portal.audit";
  private static final Logger AUDIT = LoggerFactory.getLogger(AUDIT_LOGGER);
  private static final String UNIQUE_VIOLATION = "23505";

  private final CameraRepository cameras;
  private final CameraConfigPublisher publisher;
  private final TransactionOperations<Connection> transactions;

  CameraAdministration(
      CameraRepository cameras,
      CameraConfigPublisher publisher,
      TransactionOperations<Connection> transactions) {
    this.cameras = cameras;
    this.publisher = publisher;
    this.transactions = transactions;
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
    AUDIT.info("{} added camera {}: {}", who, camera.id(), CameraChanges.describe(camera));
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
        old -> AUDIT.info("{} changed camera {}: {}", who, camera.id(), CameraChanges.between(old, camera)));
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
      AUDIT.info("{} removed camera {}", who, cameraId);
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
