package io.emoticctv.portal.cameras;

import io.emoticctv.portal.users.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Map;
import java.util.Objects;

/** The camera form's "Test connection" button: asks an ingest agent to probe the stream URL. */
@Controller("/cameras/probe")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CameraProbeController {
  private final ConnectionProbe probe;
  private final CameraProbeSettings settings;

  CameraProbeController(ConnectionProbe probe, CameraProbeSettings settings) {
    this.probe = probe;
    this.settings = settings;
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  HttpResponse<ProbeView> test(@Body Map<String, String> form) throws InterruptedException {
    String url = CameraForm.streamUrl(Objects.toString(form.get(CameraForm.SOURCE_URL), "").strip());
    String problem = CameraForm.streamUrlProblem(url);
    if (problem != null) {
      return HttpResponse.badRequest(new ProbeView(false, "BAD_URL", problem, "", null));
    }
    return HttpResponse.ok(
        probe
            .probe(url, settings.timeout())
            .map(ProbeView::of)
            .orElseGet(() -> ProbeView.noAnswer(settings.timeout().toSeconds())));
  }
}
