package io.emoticctv.portal.windows;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Duration;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Server-Sent Events of one camera's new windows ({@code event: window}, data {@link
 * WindowView}), with a {@code heartbeat} every 15 s so idle streams stay open through proxies and
 * the page can tell a quiet camera from a dead connection.
 */
@Controller("/cameras/{cameraId}/live")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class LiveWindowsController {
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final LiveWindowHub hub;

  LiveWindowsController(LiveWindowHub hub) {
    this.hub = hub;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<?>> live(String cameraId) {
    Flux<Event<?>> windows =
        hub.windowsOf(cameraId)
            .map(view -> Event.of(view).name("window").id(Long.toString(view.windowStart())));
    Flux<Event<?>> heartbeats =
        Flux.interval(HEARTBEAT)
            .map(tick -> Event.of(Map.of("time", System.currentTimeMillis())).name("heartbeat"));
    return Flux.merge(windows, heartbeats);
  }
}
