package io.emoticctv.portal.cameras;

import io.emoticctv.portal.alarms.AlarmLooks;
import io.emoticctv.portal.alarms.AlarmService;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Page;
import io.emoticctv.portal.windows.CameraRollups;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** The camera list and each camera's page. */
@Controller("/cameras")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CamerasController {
  private final CameraService cameras;
  private final CameraRollups rollups;
  private final AlarmService alarms;

  CamerasController(CameraService cameras, CameraRollups rollups, AlarmService alarms) {
    this.cameras = cameras;
    this.rollups = rollups;
    this.alarms = alarms;
  }

  /**
   * @param saved the id of a camera an admin just saved, for a notice
   * @param removed the id of a camera an admin just removed, for a notice
   */
  @Get
  ModelAndView<Map<String, Object>> list(
      Authentication who, @Nullable @QueryValue String saved, @Nullable @QueryValue String removed) {
    Map<String, Object> model = new HashMap<>();
    model.put("cameras", cameras.overview());
    model.put("legend", EmotionStyle.legend());
    model.put("admin", who.getRoles().contains(Role.ADMIN_NAME));
    model.put("saved", saved);
    model.put("removed", removed);
    return Page.of("cameras", "cameras", model);
  }

  /**
   * The camera's page: live preview, charts, health and alert history.
   *
   * @param page the page of the alert history, 0 for the newest alerts
   */
  @Get("/{cameraId}")
  HttpResponse<ModelAndView<Map<String, Object>>> dashboard(String cameraId, @Nullable @QueryValue Integer page) {
    return cameras
        .dashboard(cameraId)
        .map(
            dashboard -> {
              AlarmLooks looks = alarms.looks();
              Map<String, Object> model = new HashMap<>();
              model.put("dashboard", dashboard);
              model.put("camera", dashboard.camera());
              model.put("health", dashboard.health());
              model.put("legend", looks.legend());
              model.put("groups", looks.groups());
              model.put("quarterHour", rollups.lastQuarterHour(cameraId));
              model.put("day", rollups.lastDay(cameraId));
              model.put("history", alarms.history(cameraId, page == null ? 0 : page, looks));
              return HttpResponse.ok(Page.of("dashboard", "cameras", model));
            })
        .orElseGet(
            () ->
                HttpResponse.notFound(
                    Page.notFound("cameras", "There is no camera with the id " + cameraId + ".")));
  }
}
