package io.emoticctv.ingest;

import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert rules as the portal last published them on its compacted {@code rules} topic (key =
 * rule id, tombstone = deleted), for the site alarm to check a rule's schedule. Filled by the rules
 * follower's thread, read by the alerts follower's.
 */
final class KnownRules {
  private static final Logger LOG = LoggerFactory.getLogger(KnownRules.class);

  private final Map<String, RuleRecord> rules = new ConcurrentHashMap<>();

  /** One record of the rules topic; one that cannot be used is logged and skipped. */
  void onRecord(String ruleId, byte[] value) {
    if (ruleId == null) {
      LOG.warn("rules topic: skipped a record without a key");
      return;
    }
    if (value == null) {
      rules.remove(ruleId);
      return;
    }
    try {
      RuleRecord rule = RecordCodec.RULES.decode(value);
      if (!rule.ruleId().equals(ruleId)) {
        throw new MalformedRecordException("rule id " + rule.ruleId() + " under key " + ruleId);
      }
      rules.put(ruleId, rule);
    } catch (MalformedRecordException e) {
      LOG.warn("rules topic: skipped a record for rule {}: {}", ruleId, e.getMessage());
    }
  }

  /** The rule's current version, unless it was deleted or has not been read (yet). */
  Optional<RuleRecord> rule(String ruleId) {
    return ruleId == null ? Optional.empty() : Optional.ofNullable(rules.get(ruleId));
  }
}
