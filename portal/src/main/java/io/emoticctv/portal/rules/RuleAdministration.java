package io.emoticctv.portal.rules;

import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.contracts.RuleRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds, changes and deletes rules. Each change is stored and published in one transaction: when
 * Kafka does not take it, the row is rolled back, so the table and what the job sees agree. Every
 * save raises the rule's version by one.
 */
@Singleton
public final class RuleAdministration {
  private final RuleRepository rules;
  private final RulePublisher publisher;
  private final TransactionOperations<Connection> transactions;
  private final AuditTrail audit;

  RuleAdministration(RuleRepository rules, RulePublisher publisher,
      TransactionOperations<Connection> transactions, AuditTrail audit) {
    this.rules = rules;
    this.publisher = publisher;
    this.transactions = transactions;
    this.audit = audit;
  }

  public List<RuleRecord> all() {
    return rules.listOrderByName().stream().map(StoredRule::toRecord).toList();
  }

  public Optional<RuleRecord> find(String ruleId) {
    return rules.findById(ruleId).map(StoredRule::toRecord);
  }

  /**
   * What became of a rule editor's fields: refused by the check ({@code checked.ok()} false), refused
   * because the id is taken or someone saved the rule meanwhile ({@code saved} false), or saved.
   */
  public record Submitted(RuleForm.Checked checked, boolean saved) {}

  /**
   * Checks the rule editor's fields and saves them as a new rule or the next version of {@code stored}.
   *
   * @param stored the rule being edited, or null for a new one (its id comes from the fields)
   * @throws io.emoticctv.portal.kafka.CompactedTopicWriter.PublishException when the broker did not
   *     take it (nothing is stored)
   */
  public Submitted submit(Map<String, String> fields, @Nullable RuleRecord stored, long now, String who) {
    RuleForm.Checked checked = RuleForm.check(
        fields, stored == null ? null : stored.ruleId(), stored == null ? 1 : stored.version() + 1, now);
    return new Submitted(checked, checked.ok() && save(checked.rule(), stored == null, who));
  }

  /**
   * Stores a new rule (version 1) or the next version of a stored one.
   *
   * @return false when {@code isNew} and the id is taken, or when someone else saved the rule
   *     since its version was read
   */
  private boolean save(RuleRecord rule, boolean isNew, String who) {
    boolean saved =
        transactions.executeWrite(
            status -> {
              Optional<StoredRule> stored = rules.findById(rule.ruleId());
              // a concurrent save took this version already: refuse rather than overwrite it
              if (isNew == stored.isPresent()
                  || (!isNew && stored.get().version() != rule.version() - 1)) {
                return false;
              }
              if (isNew) {
                rules.save(StoredRule.of(rule));
              } else {
                rules.update(StoredRule.of(rule));
              }
              publisher.publish(rule);
              return true;
            });
    if (saved) {
      audit.record(who, isNew ? "rule.create" : "rule.update", rule.ruleId(), "version " + rule.version());
    }
    return saved;
  }

  /** @return false when there is no such rule */
  public boolean delete(String ruleId, String who) {
    boolean deleted =
        transactions.executeWrite(
            status -> {
              if (!rules.existsById(ruleId)) {
                return false;
              }
              rules.deleteById(ruleId);
              publisher.publishRemoval(ruleId);
              return true;
            });
    if (deleted) {
      audit.record(who, "rule.delete", ruleId, "");
    }
    return deleted;
  }
}
