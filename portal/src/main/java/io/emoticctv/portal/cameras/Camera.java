package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraConfigRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code cameras}, as site admins set it ({@code created_at} is left to the database).
 *
 * @param sourceUrl may carry credentials: shown only on the admins' edit form, never logged
 * @param analysisFps a {@code real} column, hence a float
 */
@MappedEntity("cameras")
public record Camera(
    @Id String id,
    String name,
    String location,
    String description,
    String sourceUrl,
    @Nullable Double latitude,
    @Nullable Double longitude,
    String zone,
    float analysisFps,
    boolean enabled,
    boolean privacyBlur) {

  /** What ingest agents read from the {@code cameras} topic. */
  public CameraConfigRecord toConfigRecord(long updatedAt) {
    return new CameraConfigRecord(
        CameraConfigRecord.SCHEMA_VERSION,
        id,
        name,
        location,
        description,
        sourceUrl,
        latitude,
        longitude,
        zone,
        // the float's shortest decimal, so 0.2 reaches the agents as 0.2, not 0.20000000298
        Double.parseDouble(Float.toString(analysisFps)),
        enabled,
        privacyBlur,
        updatedAt);
  }
}
