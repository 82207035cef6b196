package io.emoticctv.contracts;

import java.util.List;

/**
 * Topic {@code alerts}, schema v2, key = camera id; also the {@code alerts} table (one row per
 * episode, updated in place). An alert episode: a rule's pattern matched at a camera (or across
 * a zone's cameras), was updated while the condition held, and resolved when it cleared. Each
 * record is the whole episode as of its {@code phase}; consumers keep the newest per {@code
 * alertId} and notify once per episode, on {@code OPENED}.
 *
 * @param alertId stable id of the episode ({@link #alertId}), so a replay produces the same id
 * @param cameraId the camera, or for a zone rule the camera that completed the pattern
 * @param zone the camera's zone, or empty
 * @param emotion the rule's emotion with the highest share over the episode
 * @param firstWindowStart start of the first window of the episode, epoch ms
 * @param openedAt end of the window that completed the pattern, epoch ms
 * @param updatedAt end of the newest window the episode has seen, epoch ms
 * @param resolvedAt end of the window in which the condition cleared, or 0 while it holds
 * @param peakShare highest share of the rule's emotions over the episode, 0..1
 * @param lastShare that share in the newest window, 0..1
 * @param windows windows the episode has lasted so far
 * @param cameras every camera that took part (one for camera rules)
 * @param ruleVersion the version of the rule that opened the episode
 * @param rule the rule's name when the episode opened
 * @param model name and version of the model behind the windows
 * @param modelSha256 SHA-256 of that model's weights
 */
public record AlertRecord(
    int v,
    String alertId,
    AlertPhase phase,
    String cameraId,
    String zone,
    Emotion emotion,
    Severity severity,
    long firstWindowStart,
    long openedAt,
    long updatedAt,
    long resolvedAt,
    double peakShare,
    double lastShare,
    int windows,
    List<String> cameras,
    String ruleId,
    int ruleVersion,
    String rule,
    RuleKind ruleKind,
    String model,
    String modelSha256) {

  public static final int SCHEMA_VERSION = 2;

  /** The episode id: rule, camera (or zone for zone rules) and first window start. */
  public static String alertId(String ruleId, String scope, long firstWindowStart) {
    return ruleId + "/" + scope + "/" + firstWindowStart;
  }

  /** How long the episode has lasted, from its first window to its newest (or resolving) one. */
  public long durationMs() {
    return (resolvedAt > 0 ? resolvedAt : updatedAt) - firstWindowStart;
  }
}
