package io.emoticctv.portal.cameras;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.web.EmotionStyle;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** The camera list and each camera's dashboard. */
@Controller("/cameras")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CamerasController {
  private final CameraService cameras;
  private final DisplayTime time;

  CamerasController(CameraService cameras, DisplayTime time) {
    this.cameras = cameras;
    this.time = time;
  }

  @Get
  ModelAndView<Map<String, Object>> list() {
    Map<String, Object> model = new HashMap<>();
    model.put("cameras", cameras.overview());
    model.put("legend", EmotionStyle.legend());
    model.put("page", "cameras");
    return new ModelAndView<>("cameras", model);
  }

  @Get("/{cameraId}")
  HttpResponse<ModelAndView<Map<String, Object>>> dashboard(String cameraId) {
    return cameras
        .dashboard(cameraId)
        .map(
            dashboard -> {
              Map<String, Object> model = new HashMap<>();
              model.put("dashboard", dashboard);
              model.put("camera", dashboard.camera());
              model.put("legend", EmotionStyle.legend());
              model.put("zone", time.zoneName());
              model.put("page", "cameras");
              return HttpResponse.ok(new ModelAndView<>("dashboard", model));
            })
        .orElseGet(() -> HttpResponse.notFound(notFound(cameraId)));
  }

  private static ModelAndView<Map<String, Object>> notFound(String cameraId) {
    Map<String, Object> model = new HashMap<>();
    model.put("message", "There is no camera with the id " + cameraId + ".");
    model.put("page", "cameras");
    return new ModelAndView<>("not-found", model);
  }
}
