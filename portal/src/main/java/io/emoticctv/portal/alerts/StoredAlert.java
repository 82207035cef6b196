package io.emoticctv.portal.alerts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code alerts}, written by the job, with the operators' handling. */
@MappedEntity("alerts")
public record StoredAlert(
    @Id String alertId,
    String cameraId,
    String emotion,
    String severity,
    Instant firstWindowStart,
    Instant openedAt,
    float peakShare,
    int windows,
    String rule,
    String model,
    String status,
    @Nullable Instant emailedAt,
    @Nullable Long assignedTo,
    @Nullable String acknowledgedBy,
    @Nullable String resolvedBy,
    boolean falseAlarm,
    String handlingComment) {}
