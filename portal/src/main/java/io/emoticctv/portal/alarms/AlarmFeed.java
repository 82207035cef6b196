package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.emoticctv.portal.kafka.RecordHandler;
import io.emoticctv.portal.kafka.TopicConsumer;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Pushes every alert record to the open alarm consoles of this portal instance: a consumer group
 * of its own per instance ({@code <prefix>-alarms-<random>}, from the end of the topic), since
 * every instance must push every record to its own browsers. Best effort, as the live windows:
 * a console that reloads reads the stored rows.
 */
@Singleton
public final class AlarmFeed implements RecordHandler<AlertRecord>, AutoCloseable {
  private final Sinks.Many<AlarmView> sink = Sinks.many().multicast().directBestEffort();
  private final AlarmService alarms;
  private final TopicConsumer<AlertRecord> consumer;

  AlarmFeed(KafkaSettings kafka, AlarmService alarms) {
    this.alarms = alarms;
    this.consumer =
        new TopicConsumer<>(
            kafka.bootstrapServers(),
            kafka.groupIdPrefix() + "-alarms-" + UUID.randomUUID(),
            false,
            kafka.alertsTopic(),
            RecordCodec.ALERTS,
            this);
  }

  @EventListener
  void onStartup(StartupEvent event) {
    consumer.start();
  }

  /** True once the consumer has its partitions: from then on no new alert is missed. */
  public boolean ready() {
    return consumer.isAssigned();
  }

  @Override
  public void handle(AlertRecord record) {
    if (sink.currentSubscriberCount() > 0) {
      sink.tryEmitNext(alarms.view(record));
    }
  }

  public Flux<AlarmView> alarms() {
    return sink.asFlux();
  }

  @PreDestroy
  @Override
  public void close() {
    consumer.close();
  }
}
