package io.emoticctv.portal.windows;

import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.portal.kafka.RecordHandler;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Fans the windows of the portal's one {@code emotion-windows} consumer out to every open
 * dashboard. Best effort: a browser that cannot keep up misses windows instead of slowing the
 * others down, and the next page load reads the missed ones from the database.
 */
@Singleton
public final class LiveWindowHub implements RecordHandler<EmotionWindow> {
  // Only the consumer thread emits, so the sink needs no serialisation of emitters.
  private final Sinks.Many<WindowView> sink = Sinks.many().multicast().directBestEffort();

  @Override
  public void handle(EmotionWindow window) {
    sink.tryEmitNext(WindowView.of(window));
  }

  public Flux<WindowView> windowsOf(String cameraId) {
    return sink.asFlux().filter(view -> view.cameraId().equals(cameraId));
  }

  /** The windows of every camera, for the live wall. */
  public Flux<WindowView> all() {
    return sink.asFlux();
  }

  public int subscribers() {
    return sink.currentSubscriberCount();
  }
}
