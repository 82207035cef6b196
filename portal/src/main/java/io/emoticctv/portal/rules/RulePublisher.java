package io.emoticctv.portal.rules;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.portal.admin.SiteSettingsChanged;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.kafka.CompactedTopicWriter;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every rule to the compacted {@code rules} topic (key = rule id), a tombstone for a
 * deleted rule; the job follows the topic. At startup it publishes every stored rule again, so
 * the topic matches the table even after a lost write or a topic reset: the job takes a rule
 * version it already has as no change, so this is idempotent.
 *
 * <p>While rules are suspended ({@link RuleSuspension}) every rule goes out disabled; when an admin
 * changes the deployment purpose so that alerts become refused or allowed again, every stored rule
 * is published again, disabled or as stored, within the settings' transaction (so the purpose does
 * not change when the broker does not take them), and the audit trail says so.
 */
@Singleton
public final class RulePublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RulePublisher.class);

  private final CompactedTopicWriter writer;
  private final RuleRepository rules;
  private final RuleSuspension suspension;
  private final AuditTrail audit;

  RulePublisher(KafkaSettings kafka, RuleRepository rules, RuleSuspension suspension, AuditTrail audit) {
    this.writer = new CompactedTopicWriter(kafka.bootstrapServers(), kafka.rulesTopic());
    this.rules = rules;
    this.suspension = suspension;
    this.audit = audit;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    boolean suspended = suspension.active();
    int count = publishAll(suspended);
    LOG.info("Published the {} stored rules to {}{}", count, writer.topic(), suspended ? ", disabled (suspended)" : "");
  }

  @EventListener
  void onSiteSettingsChanged(SiteSettingsChanged change) {
    if (!change.alertsPolicyChanged()) {
      return;
    }
    boolean suspended = !change.after().deploymentPurpose().emotionAlertsAllowed();
    int count = publishAll(suspended);
    audit.record(change.after().updatedBy(), suspended ? "rules.suspend" : "rules.resume", "rules",
        count + " rules published " + (suspended ? "disabled" : "as stored") + ", purpose "
            + change.before().deploymentPurpose() + " -> " + change.after().deploymentPurpose());
  }

  private int publishAll(boolean suspended) {
    int count = 0;
    for (StoredRule rule : rules.findAll()) {
      write(rule.toRecord(), suspended);
      count++;
    }
    return count;
  }

  /**
   * Publishes the rule, disabled while rules are suspended.
   *
   * @throws CompactedTopicWriter.PublishException when the broker did not take it
   */
  public void publish(RuleRecord rule) {
    write(rule, suspension.active());
  }

  private void write(RuleRecord rule, boolean suspended) {
    writer.write(rule.ruleId(), RecordCodec.RULES.encode(RuleSuspension.asPublished(rule, suspended)));
  }

  public void publishRemoval(String ruleId) {
    writer.write(ruleId, null);
  }

  @PreDestroy
  @Override
  public void close() {
    writer.close();
  }
}
