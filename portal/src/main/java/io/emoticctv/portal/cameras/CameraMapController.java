package io.emoticctv.portal.cameras;

import io.emoticctv.portal.admin.SiteSettingsService;
import io.emoticctv.portal.web.LiveStream;
import io.emoticctv.portal.web.Page;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.reactivestreams.Publisher;

/**
 * A map of the cameras that have coordinates, each marker coloured by the camera's health and
 * recoloured as statuses arrive over Server-Sent Events.
 */
@Controller("/cameras/map")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CameraMapController {
  private static final String LEAFLET_POM = "META-INF/maven/org.webjars.npm/leaflet/pom.properties";

  private final CameraService cameras;
  private final MapSettings settings;
  private final SiteSettingsService site;
  private final CameraHealthFeed health;
  private final String leaflet;

  CameraMapController(
      CameraService cameras, MapSettings settings, SiteSettingsService site, CameraHealthFeed health) {
    this.cameras = cameras;
    this.health = health;
    this.settings = settings;
    this.site = site;
    this.leaflet = "/webjars/leaflet/" + webjarVersion() + "/dist/";
  }

  @Get
  ModelAndView<Map<String, Object>> map() {
    List<MapMarker> markers = cameras.markers();
    return Page.of(
        "camera-map",
        "map",
        Map.of(
            "markers", markers,
            "unplaced", cameras.overview().stream().filter(c -> markers.stream().noneMatch(m -> m.id().equals(c.id()))).toList(),
            "tileUrl", tileUrl(),
            "attribution", settings.attribution(),
            "leaflet", leaflet));
  }

  /** Each camera's health as its agent reports it ({@code event: health}, data {@link CameraHealth}). */
  @Get(value = "/live", produces = MediaType.TEXT_EVENT_STREAM)
  @ExecuteOn(TaskExecutors.IO)
  Publisher<Event<?>> live() {
    return LiveStream.of(health.all().map(h -> Event.of(h).name("health")));
  }

  /** The tiles an admin chose in the site settings, else the configured ones. */
  private String tileUrl() {
    String chosen = site.current().mapTileUrl();
    return chosen.isBlank() ? settings.tileUrl() : chosen;
  }

  private static String webjarVersion() {
    try (InputStream in = CameraMapController.class.getClassLoader().getResourceAsStream(LEAFLET_POM)) {
      if (in == null) {
        throw new IllegalStateException("the Leaflet webjar is not on the classpath");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
