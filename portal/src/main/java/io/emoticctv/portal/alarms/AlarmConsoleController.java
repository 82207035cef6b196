package io.emoticctv.portal.alarms;

import io.emoticctv.portal.cameras.CameraHealthFeed;
import io.emoticctv.portal.cameras.CameraService;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.web.LiveStream;
import io.emoticctv.portal.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.reactivestreams.Publisher;

/**
 * The alarm console: alerts operators have not resolved, each with its camera's health, and the
 * camera outages that outlasted their grace period, updated live over Server-Sent Events ({@code
 * event: alarm}, data {@link AlarmView}; {@code event: health}, data {@link
 * io.emoticctv.portal.cameras.CameraHealth}), with a sound on each new alert: its emotion
 * category's when uploaded, else its severity's ({@link AlarmSounds}); the HIGH one for an outage.
 * Everyone signed in may watch; operators and admins acknowledge, assign and resolve.
 */
@Controller("/alarms")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AlarmConsoleController {
  private static final Map<String, String> NOTICES =
      Map.of(
          "acknowledged", "Alert acknowledged.",
          "assigned", "Alert assigned.",
          "resolved", "Alert resolved.",
          "false-alarm", "Alert resolved as a false alarm.",
          "stale", "Nothing changed: the alert is not stored yet, or someone handled it already.",
          "sound", "Alarm sound saved.");

  private final AlarmService alarms;
  private final AlarmFeed feed;
  private final CameraService cameras;
  private final CameraHealthFeed health;

  AlarmConsoleController(AlarmService alarms, AlarmFeed feed, CameraService cameras, CameraHealthFeed health) {
    this.alarms = alarms;
    this.feed = feed;
    this.cameras = cameras;
    this.health = health;
  }

  @Get
  ModelAndView<Map<String, Object>> console(
      Authentication who, @Nullable @QueryValue String done, @Nullable @QueryValue String soundProblem) {
    AlarmLooks looks = alarms.looks();
    Map<String, Object> model = new HashMap<>();
    model.put("alarms", alarms.unhandled(looks));
    model.put("health", cameras.healthById());
    model.put("assignees", alarms.assignees());
    model.put("falseAlarms", alarms.falseAlarmsPerRule());
    model.put("canAct", who.getRoles().contains(Role.OPERATOR_NAME) || who.getRoles().contains(Role.ADMIN_NAME));
    model.put("admin", who.getRoles().contains(Role.ADMIN_NAME));
    model.put("sounds", looks.sounds().rows());
    model.put("notice", done == null ? null : NOTICES.get(done));
    model.put("soundProblem", soundProblemMessage(soundProblem));
    return Page.of("alarms", "alarms", model);
  }

  @Get(value = "/live", produces = MediaType.TEXT_EVENT_STREAM)
  @ExecuteOn(TaskExecutors.IO)
  Publisher<Event<?>> live() {
    return LiveStream.of(
        feed.alarms().map(view -> Event.of(view).name("alarm")),
        health.all().map(h -> Event.of(h).name("health")));
  }

  @Post("/acknowledge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured({Role.OPERATOR_NAME, Role.ADMIN_NAME})
  HttpResponse<?> acknowledge(@Body Map<String, String> form, Authentication who) {
    return back(alarms.acknowledge(id(form), who.getName()), "acknowledged");
  }

  @Post("/assign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured({Role.OPERATOR_NAME, Role.ADMIN_NAME})
  HttpResponse<?> assign(@Body Map<String, String> form, Authentication who) {
    String user = Objects.toString(form.get("userId"), "");
    Long userId;
    try {
      userId = user.isEmpty() ? null : Long.valueOf(user);
    } catch (NumberFormatException e) {
      return back(false, "assigned");
    }
    return back(alarms.assign(id(form), userId, who.getName()), "assigned");
  }

  @Post("/resolve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured({Role.OPERATOR_NAME, Role.ADMIN_NAME})
  HttpResponse<?> resolve(@Body Map<String, String> form, Authentication who) {
    boolean falseAlarm = "true".equals(form.get("falseAlarm"));
    boolean done = alarms.resolve(id(form), who.getName(), falseAlarm, form.get("comment"));
    return back(done, falseAlarm ? "false-alarm" : "resolved");
  }

  private static String soundProblemMessage(@Nullable String problem) {
    try {
      return problem == null ? null : "The sound was not saved. " + SoundFormat.Problem.valueOf(problem).message();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String id(Map<String, String> form) {
    return Objects.toString(form.get("id"), "");
  }

  private static HttpResponse<?> back(boolean done, String what) {
    return HttpResponse.seeOther(URI.create("/alarms?done=" + (done ? what : "stale")));
  }
}
