package io.emoticctv.portal.rules;

import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
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
 */
@Singleton
public final class RulePublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RulePublisher.class);

  private final CompactedTopicWriter writer;
  private final RuleRepository rules;

  RulePublisher(KafkaSettings kafka, RuleRepository rules) {
    this.writer = new CompactedTopicWriter(kafka.bootstrapServers(), kafka.rulesTopic());
    this.rules = rules;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    int count = 0;
    for (StoredRule rule : rules.findAll()) {
      publish(rule.toRecord());
      count++;
    }
    LOG.info("Published the {} stored rules to {}", count, writer.topic());
  }

  /** @throws CompactedTopicWriter.PublishException when the broker did not take it */
  public void publish(RuleRecord rule) {
    writer.write(rule.ruleId(), RecordCodec.RULES.encode(rule));
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
