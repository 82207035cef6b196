package io.emoticctv.portal.alarms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code alerts} as the alarm console reads it: the job's episode columns and the
 * operators' handling columns (V9).
 */
@MappedEntity("alerts")
public record ConsoleAlert(
    @Id String alertId,
    String phase,
    String cameraId,
    String zone,
    String emotion,
    String severity,
    Instant firstWindowStart,
    Instant openedAt,
    @Nullable Instant updatedAt,
    @Nullable Instant resolvedAt,
    float peakShare,
    int windows,
    String ruleId,
    String rule,
    String status,
    @Nullable Long assignedTo,
    @Nullable String acknowledgedBy,
    @Nullable String resolvedBy,
    boolean falseAlarm,
    String handlingComment) {

  /** From the first window to the newest (or resolving) one, as {@code AlertRecord#durationMs}. */
  public long durationMs() {
    Instant end = resolvedAt != null ? resolvedAt : updatedAt != null ? updatedAt : openedAt;
    return end.toEpochMilli() - firstWindowStart.toEpochMilli();
  }
}
