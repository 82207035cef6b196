package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.kafka.PortalFeeds;
import io.emoticctv.portal.kafka.RecordHandler;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Pushes every alert record to the open alarm consoles of this portal instance: {@link
 * PortalFeeds} reads the topic for it in a consumer group of its own per instance ({@code
 * <prefix>-alarms-<random>}, from the end of the topic), since every instance must push every
 * record to its own browsers. Best effort, as the live windows: a console that reloads reads the
 * stored rows.
 */
@Singleton
public final class AlarmFeed implements RecordHandler<AlertRecord> {
  private final Sinks.Many<AlarmView> sink = Sinks.many().multicast().directBestEffort();
  private final AlarmService alarms;

  AlarmFeed(AlarmService alarms) {
    this.alarms = alarms;
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
}
