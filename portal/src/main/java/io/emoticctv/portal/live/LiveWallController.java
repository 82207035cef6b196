package io.emoticctv.portal.live;

import io.emoticctv.portal.admin.EmotionLooks;
import io.emoticctv.portal.cameras.CameraDashboard;
import io.emoticctv.portal.cameras.CameraHealthFeed;
import io.emoticctv.portal.cameras.CameraService;
import io.emoticctv.portal.web.LiveStream;
import io.emoticctv.portal.web.Page;
import io.emoticctv.portal.windows.LiveWindowHub;
import io.emoticctv.portal.windows.WindowView;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * The live wall: every camera's newest preview with each face labelled by its emotion, the
 * current shares of the seven emotions and their trend, and the camera's health. Server-Sent
 * Events push {@code preview}, {@code track}, {@code window} and {@code health} events (and a
 * {@code heartbeat} every 15 s); no polling.
 */
@Controller("/live")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class LiveWallController {
  private final CameraService cameras;
  private final LiveWallHub wall;
  private final LiveWindowHub windows;
  private final CameraHealthFeed health;
  private final EmotionLooks looks;

  LiveWallController(
      CameraService cameras, LiveWallHub wall, LiveWindowHub windows, CameraHealthFeed health, EmotionLooks looks) {
    this.cameras = cameras;
    this.looks = looks;
    this.wall = wall;
    this.windows = windows;
    this.health = health;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  ModelAndView<Map<String, Object>> page() {
    List<CameraDashboard> tiles =
        cameras.overview().stream()
            .map(c -> cameras.dashboard(c.id()))
            .flatMap(Optional::stream)
            .toList();
    Map<String, List<WindowView>> trends = new LinkedHashMap<>();
    tiles.forEach(t -> trends.put(t.camera().id(), t.trend()));
    EmotionLooks.Shown shown = looks.shown();
    return Page.of(
        "live-wall",
        "live",
        Map.of(
            "tiles", tiles,
            "legend", shown.legend(),
            "groups", shown.groups(),
            "trends", trends,
            "trendSpanMillis", tiles.isEmpty() ? 0 : tiles.get(0).trendSpanMillis()));
  }

  @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<?>> stream() {
    return LiveStream.of(
        wall.previews().map(p -> Event.of(p).name("preview")),
        wall.tracks().map(t -> Event.of(t).name("track")),
        windows.all().map(w -> Event.of(w).name("window")),
        health.all().map(h -> Event.of(h).name("health")));
  }
}
