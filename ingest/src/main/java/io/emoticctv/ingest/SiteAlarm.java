package io.emoticctv.ingest;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which newly opened alerts are sounded at the site, and where: an alert is sounded once,
 * when its episode opens, for each of this agent's cameras it concerns (a zone alert names
 * several), while the alert's rule is enabled and within its schedule as the portal last published
 * it (an alert that reaches the site after its rule's hours, or of a rule deleted since, stays
 * silent), and at most once per camera per {@code minInterval} so a flapping rule cannot keep a
 * speaker going. Each camera's output is its IP speaker when it has one, else the local sound card.
 */
final class SiteAlarm {
  private static final Logger LOG = LoggerFactory.getLogger(SiteAlarm.class);
  private final Supplier<Set<String>> ownCameras;
  private final Function<String, Optional<RuleRecord>> rules;
  private final Function<String, AlarmOutput> outputFor;
  private final Duration minInterval;
  private final Map<String, Long> lastSounded = new HashMap<>(); // the follower thread's only

  /**
   * @param ownCameras the ids of the cameras this agent runs right now
   * @param rules a rule by id, as last published (see {@link KnownRules})
   * @param outputFor the output of a camera
   */
  SiteAlarm(
      Supplier<Set<String>> ownCameras,
      Function<String, Optional<RuleRecord>> rules,
      Function<String, AlarmOutput> outputFor,
      Duration minInterval) {
    this.ownCameras = ownCameras;
    this.rules = rules;
    this.outputFor = outputFor;
    this.minInterval = minInterval;
  }

  /** The cameras of this agent an alert concerns, when it has just opened; else none. */
  static Set<String> concerned(AlertRecord alert, Set<String> ownCameras) {
    if (alert.phase() != AlertPhase.OPENED) {
      return Set.of();
    }
    Set<String> named = new LinkedHashSet<>();
    named.add(alert.cameraId());
    if (alert.cameras() != null) {
      named.addAll(alert.cameras());
    }
    named.retainAll(ownCameras);
    return named;
  }

  /**
   * Whether an alert of this rule may sound at {@code nowMs}: the rule is enabled and within its
   * schedule. An unknown rule (deleted, or the rules topic not read yet) does not sound: the agent
   * cannot tell whether its hours have passed.
   */
  static boolean inSchedule(Optional<RuleRecord> rule, long nowMs) {
    return rule.map(r -> r.enabled() && r.schedule().activeAt(nowMs)).orElse(false);
  }

  /** One record of the {@code alerts} topic; one that does not decode is logged and skipped. */
  void onRecord(byte[] value, long nowMs) {
    if (value == null) {
      return;
    }
    try {
      onAlert(RecordCodec.ALERTS.decode(value), nowMs);
    } catch (MalformedRecordException e) {
      LOG.warn("skipped an alert: {}", e.getMessage());
    }
  }

  /** Sounds the alert where it should be; returns the cameras it was sounded for. */
  List<String> onAlert(AlertRecord alert, long nowMs) {
    Set<String> cameras = concerned(alert, ownCameras.get());
    if (cameras.isEmpty()) {
      return List.of();
    }
    Optional<RuleRecord> rule = rules.apply(alert.ruleId());
    if (rule.isEmpty()) {
      // the job raised it, so the rule exists: a rules topic this agent cannot read silences
      // every speaker, which must not pass as routine
      LOG.warn(
          "alert {} not sounded: rule {} is not known here (deleted, not read yet, or the rules"
              + " topic is not readable)",
          alert.alertId(),
          alert.ruleId());
      return List.of();
    }
    if (!inSchedule(rule, nowMs)) {
      LOG.info(
          "alert {} not sounded: rule {} is disabled or outside its schedule",
          alert.alertId(),
          alert.ruleId());
      return List.of();
    }
    List<String> sounded = cameras.stream().filter(camera -> allowed(camera, nowMs)).toList();
    sounded.forEach(camera -> outputFor.apply(camera).sound(camera, alert));
    return sounded;
  }

  private boolean allowed(String camera, long nowMs) {
    Long last = lastSounded.get(camera);
    if (last != null && nowMs - last < minInterval.toMillis()) {
      return false;
    }
    lastSounded.put(camera, nowMs);
    return true;
  }
}
