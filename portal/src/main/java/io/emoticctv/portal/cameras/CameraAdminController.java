package io.emoticctv.portal.cameras;

import io.emoticctv.portal.admin.SiteSettingsService;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.web.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Site admins add, edit and remove cameras. Every route refuses other roles with 403; the pages
 * hide the controls from them as well. Cross-site posts are refused by {@code SameOriginFilter}.
 */
@Controller("/cameras")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CameraAdminController {
  private static final Logger LOG = LoggerFactory.getLogger(CameraAdminController.class);

  private final CameraAdministration administration;
  private final SiteSettingsService site;

  CameraAdminController(CameraAdministration administration, SiteSettingsService site) {
    this.administration = administration;
    this.site = site;
  }

  @Get("/new")
  ModelAndView<Map<String, Object>> newCamera() {
    return form(null, CameraForm.defaults(site.current().privacyBlurDefault()), Map.of(), null);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(@Body Map<String, String> submitted, Authentication who) {
    CameraForm.Checked checked = CameraForm.check(submitted, null);
    if (!checked.ok()) {
      return HttpResponse.badRequest(form(null, checked.values(), checked.errors(), null));
    }
    Camera camera = checked.camera();
    try {
      administration.create(camera, who.getName());
    } catch (DuplicateCameraException e) {
      return HttpResponse.status(HttpStatus.CONFLICT)
          .body(
              form(
                  null,
                  checked.values(),
                  Map.of(CameraForm.ID, "A camera with the id " + camera.id() + " exists already; choose another id."),
                  null));
    } catch (CameraPublishException e) {
      return notPublished(null, checked, e);
    }
    return backToList("saved", camera.id());
  }

  @Get("/{cameraId}/edit")
  HttpResponse<?> edit(String cameraId) {
    return administration
        .find(cameraId)
        .<HttpResponse<?>>map(camera -> HttpResponse.ok(form(cameraId, CameraForm.values(camera), Map.of(), null)))
        .orElseGet(() -> noSuchCamera(cameraId));
  }

  @Post("/{cameraId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(String cameraId, @Body Map<String, String> submitted, Authentication who) {
    CameraForm.Checked checked = CameraForm.check(submitted, cameraId);
    if (!checked.ok()) {
      return HttpResponse.badRequest(form(cameraId, checked.values(), checked.errors(), null));
    }
    try {
      if (!administration.update(checked.camera(), who.getName())) {
        return noSuchCamera(cameraId);
      }
    } catch (CameraPublishException e) {
      return notPublished(cameraId, checked, e);
    }
    return backToList("saved", cameraId);
  }

  @Post("/{cameraId}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> remove(String cameraId, Authentication who) {
    try {
      if (!administration.remove(cameraId, who.getName())) {
        return noSuchCamera(cameraId);
      }
    } catch (CameraPublishException e) {
      LOG.error("Camera {} not removed", cameraId, e);
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(Page.of("not-found", "cameras", Map.of("message", notPublishedMessage())));
    }
    return backToList("removed", cameraId);
  }

  private static HttpResponse<?> notPublished(String cameraId, CameraForm.Checked checked, CameraPublishException e) {
    LOG.error("Camera change not saved", e);
    return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(form(cameraId, checked.values(), Map.of(), notPublishedMessage()));
  }

  private static String notPublishedMessage() {
    return "Nothing was saved: the message bus did not confirm the change, so the ingest agents"
        + " would not have seen it. Please try again in a minute.";
  }

  private static HttpResponse<?> backToList(String what, String cameraId) {
    return HttpResponse.seeOther(
        URI.create("/cameras?" + what + "=" + URLEncoder.encode(cameraId, StandardCharsets.UTF_8)));
  }

  private static HttpResponse<?> noSuchCamera(String cameraId) {
    return HttpResponse.notFound(Page.notFound("cameras", "There is no camera with the id " + cameraId + "."));
  }

  /**
   * @param cameraId the edited camera's id, or null for a new camera
   * @param problem what went wrong beyond single fields, or null
   */
  private static ModelAndView<Map<String, Object>> form(
      String cameraId, Map<String, String> values, Map<String, String> errors, String problem) {
    Map<String, Object> model = new HashMap<>();
    model.put("editing", cameraId != null);
    model.put("cameraId", cameraId == null ? "" : cameraId);
    model.put("form", values);
    model.put("errors", errors);
    model.put("problem", problem == null ? "" : problem);
    model.put("minFps", CameraForm.MIN_FPS);
    model.put("maxFps", CameraForm.MAX_FPS);
    return Page.of("camera-form", "cameras", model);
  }
}
