package io.emoticctv.portal.live;

import io.emoticctv.portal.alarms.AlarmFeed;
import io.emoticctv.portal.cameras.CameraHealthFeed;
import io.emoticctv.portal.web.LiveStream;
import io.emoticctv.portal.windows.LiveWindowHub;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reactivestreams.Publisher;

/**
 * Server-Sent Events of one camera, for its page: new windows ({@code window}, id = window start),
 * previews, tracked faces' emotions, its alert episodes ({@code alarm}) and its health ({@code
 * health}), from the feeds the live wall, the alarm console and the map follow.
 */
@Controller("/cameras/{cameraId}/live")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class CameraLiveController {
  private final LiveWindowHub windows;
  private final LiveWallHub wall;
  private final AlarmFeed alarms;
  private final CameraHealthFeed health;

  CameraLiveController(LiveWindowHub windows, LiveWallHub wall, AlarmFeed alarms, CameraHealthFeed health) {
    this.windows = windows;
    this.wall = wall;
    this.alarms = alarms;
    this.health = health;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<?>> live(String cameraId) {
    return LiveStream.of(
        windows.windowsOf(cameraId).map(w -> Event.of(w).name("window").id(Long.toString(w.windowStart()))),
        wall.previews().filter(p -> p.cameraId().equals(cameraId)).map(p -> Event.of(p).name("preview")),
        wall.tracks().filter(t -> t.cameraId().equals(cameraId)).map(t -> Event.of(t).name("track")),
        alarms.alarms().filter(a -> a.cameraId().equals(cameraId)).map(a -> Event.of(a).name("alarm")),
        health.of(cameraId).map(h -> Event.of(h).name("health")));
  }
}
