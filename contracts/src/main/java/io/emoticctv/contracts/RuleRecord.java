package io.emoticctv.contracts;

import java.util.List;

/**
 * Topic {@code rules}, schema v1, key = rule id; a compacted topic holding the current version of
 * every alert rule as admins edit it in the portal. A deleted rule's key gets a tombstone. The job
 * reads it from the start and follows it, so a change applies to the running job within seconds.
 *
 * @param ruleId stable id of the rule
 * @param version increases by one on every change; alerts record the version that raised them
 * @param cameraId the one camera the rule watches, or empty
 * @param zone the zone whose cameras the rule watches when {@code cameraId} is empty, or empty
 *     for every camera
 * @param emotions the emotions whose summed share is compared with the threshold; never empty
 * @param threshold share of faces, 0..1
 * @param windows consecutive windows the condition must hold (SUSTAINED), or over which the share
 *     must rise (RISING); at least 1
 * @param minFaces windows with fewer faces never match
 * @param minCameras ZONE_SPREAD: cameras of the zone that must pass the threshold
 * @param spanMs ZONE_SPREAD: within how long of each other they must pass it
 * @param cooldownMs after an episode resolves, how long before the same rule and scope may open
 *     another one
 * @param schedule when the rule is active; {@link RuleSchedule#ALWAYS} for always
 * @param enabled false: the rule is kept but raises nothing
 * @param updatedAt when this version was saved, epoch ms
 */
public record RuleRecord(
    int v,
    String ruleId,
    int version,
    String name,
    RuleKind kind,
    String cameraId,
    String zone,
    List<Emotion> emotions,
    double threshold,
    int windows,
    int minFaces,
    int minCameras,
    long spanMs,
    Severity severity,
    long cooldownMs,
    RuleSchedule schedule,
    boolean enabled,
    long updatedAt) {

  public static final int SCHEMA_VERSION = 1;

  /** Whether the rule watches {@code camera}, which belongs to {@code cameraZone}. */
  public boolean covers(String camera, String cameraZone) {
    if (!cameraId.isEmpty()) {
      return cameraId.equals(camera);
    }
    return zone.isEmpty() || zone.equals(cameraZone);
  }

  /** The summed share of the rule's emotions in {@code window}. */
  public double share(EmotionWindow window) {
    return emotions.stream().mapToDouble(window::share).sum();
  }
}
