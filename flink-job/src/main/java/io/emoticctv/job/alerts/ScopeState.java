package io.emoticctv.job.alerts;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleRecord;
import java.util.List;
import java.util.Map;

/**
 * What one rule remembers about one scope (a camera, or a zone for zone-spread rules); keyed
 * state of {@code RuleEpisodeFunction}.
 *
 * @param rule the newest version of the rule offered to the scope
 * @param scope the camera or zone
 * @param zone the zone of the scope's camera(s), or empty
 * @param recent camera rules: the newest consecutive windows, oldest first, at most {@code
 *     rule.windows()}
 * @param passing zone rules: per camera, its newest window at or above the threshold, within
 *     {@code rule.spanMs()}
 * @param episode the open episode as of the newest window, or null
 * @param episodeCounts faces per emotion over the open episode's windows, or null
 * @param quietUntil cooldown: no episode opens at a window ending before this, epoch ms
 */
public record ScopeState(
    RuleRecord rule,
    String scope,
    String zone,
    List<EmotionWindow> recent,
    Map<String, EmotionWindow> passing,
    AlertRecord episode,
    int[] episodeCounts,
    long quietUntil) {}
