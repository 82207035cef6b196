package io.emoticctv.job.records;

import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleRecord;

/**
 * One camera's window offered to one rule that covers the camera, as the rule version current
 * when the window closed.
 *
 * @param scopeKey the episode key: rule id and scope
 * @param scope the camera for camera rules, the zone for zone-spread rules
 * @param zone the camera's zone, or empty
 * @param offeredAt wall-clock time the window was offered, epoch ms; for the alert latency metric
 *     only, never for decisions
 */
public record RuleOffer(
    String scopeKey, String scope, String zone, RuleRecord rule, EmotionWindow window, long offeredAt) {}
