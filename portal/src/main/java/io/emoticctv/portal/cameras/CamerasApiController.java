package io.emoticctv.portal.cameras;

import io.emoticctv.portal.api.ApiCalls;
import io.emoticctv.portal.api.ApiScope;
import io.emoticctv.portal.users.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera form as JSON: the same fields, checked by {@link CameraForm} and saved by {@link
 * CameraAdministration}, so a change reaches the ingest agents (and the audit trail) exactly as
 * from the page. Admins only, with the write scope.
 */
@Controller("/api/v1/cameras")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "cameras")
final class CamerasApiController {
  private static final Logger LOG = LoggerFactory.getLogger(CamerasApiController.class);
  private static final String FIELDS = "Fields as on the camera form: id (new cameras only), name, location, description,"
      + " sourceUrl (rtsp, rtsps, http, https, file), latitude and longitude (both or neither), zone, analysisFps"
      + " (0.2 to 30), enabled and privacyBlur (booleans; absent = false). Answers the camera without its URL.";

  private final CameraAdministration administration;

  CamerasApiController(CameraAdministration administration) {
    this.administration = administration;
  }

  @Post
  @Operation(summary = "Adds a camera and publishes it to the ingest agents (write scope, admin role)",
      description = FIELDS + " 409 when the id is taken, 503 when the message bus did not take it (nothing stored).")
  HttpResponse<?> create(@Body Map<String, Object> camera, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> save(camera, null, who));
  }

  @Put("/{cameraId}")
  @Operation(summary = "Replaces a camera's settings, as saving its form does (write scope, admin role)", description = FIELDS)
  HttpResponse<?> update(String cameraId, @Body Map<String, Object> camera, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> save(camera, cameraId, who));
  }

  @Delete("/{cameraId}")
  @Consumes(MediaType.ALL)
  @Operation(summary = "Removes a camera; the ingest agents stop it (write scope, admin role)")
  HttpResponse<?> remove(String cameraId, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> {
      try {
        return administration.remove(cameraId, who.getName())
            ? HttpResponse.ok(Map.of("removed", cameraId))
            : noSuchCamera(cameraId);
      } catch (CameraPublishException e) {
        return notPublished(e);
      }
    });
  }

  /** @param existingId null for a new camera */
  private HttpResponse<?> save(Map<String, Object> json, @Nullable String existingId, Authentication who) {
    CameraForm.Checked checked;
    try {
      checked = CameraForm.check(ApiCalls.formFields(json, List.of()), existingId);
    } catch (IllegalArgumentException e) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    if (!checked.ok()) {
      return ApiCalls.invalid(checked.errors());
    }
    Camera camera = checked.camera();
    try {
      if (existingId == null) {
        administration.create(camera, who.getName());
        return HttpResponse.created(view(camera));
      }
      return administration.update(camera, who.getName()) ? HttpResponse.ok(view(camera)) : noSuchCamera(existingId);
    } catch (DuplicateCameraException e) {
      return ApiCalls.error(HttpStatus.CONFLICT, "a camera with the id " + camera.id() + " exists already");
    } catch (CameraPublishException e) {
      return notPublished(e);
    }
  }

  private static HttpResponse<?> notPublished(CameraPublishException e) {
    LOG.error("Camera change not saved", e);
    return ApiCalls.error(HttpStatus.SERVICE_UNAVAILABLE,
        "nothing was saved: the message bus did not confirm the change; try again in a minute");
  }

  private static HttpResponse<?> noSuchCamera(String cameraId) {
    return ApiCalls.error(HttpStatus.NOT_FOUND, "there is no camera with the id " + cameraId);
  }

  /** The camera as the API shows it: its stream URL may carry credentials, so it is left out. */
  private static Map<String, Object> view(Camera c) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", c.id());
    view.put("name", c.name());
    view.put("location", c.location());
    view.put("description", c.description());
    view.put("zone", c.zone());
    view.put("latitude", c.latitude());
    view.put("longitude", c.longitude());
    view.put("analysisFps", c.analysisFps());
    view.put("enabled", c.enabled());
    view.put("privacyBlur", c.privacyBlur());
    return view;
  }
}
