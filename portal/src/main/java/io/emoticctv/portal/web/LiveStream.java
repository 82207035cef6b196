package io.emoticctv.portal.web;

import io.micronaut.http.sse.Event;
import java.time.Duration;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * A page's Server-Sent Events stream: its events, plus a {@code heartbeat} at once and every 15 s
 * so idle streams stay open through proxies and the page can tell a quiet feed from a dead one.
 *
 * <p>The first heartbeat is sent at once because the server sends the response headers only with
 * the first event: until then the browser's EventSource is not open, and the page said
 * "connecting…" for its first 15 s.
 */
public final class LiveStream {
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private LiveStream() {}

  @SafeVarargs
  public static Publisher<Event<?>> of(Flux<? extends Event<?>>... events) {
    Flux<Event<?>> heartbeats =
        Flux.interval(Duration.ZERO, HEARTBEAT)
            .map(tick -> Event.of(Map.of("time", System.currentTimeMillis())).name("heartbeat"));
    return Flux.merge(Flux.merge(events), heartbeats);
  }
}
