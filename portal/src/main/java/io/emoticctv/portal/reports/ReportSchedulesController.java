package io.emoticctv.portal.reports;

import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.users.UserAccount;
import io.emoticctv.portal.web.Page;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Admins set up reports emailed daily or weekly as PDF to chosen users. */
@Hidden
@Controller("/reports/schedules")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReportSchedulesController {
  private final ReportScheduleRepository schedules;
  private final ReportService reports;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  ReportSchedulesController(ReportScheduleRepository schedules, ReportService reports, AuditTrail audit) {
    this.schedules = schedules;
    this.reports = reports;
    this.audit = audit;
  }

  @Get
  ModelAndView<Map<String, Object>> page() {
    return view(Map.of(), "");
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(@Body Map<String, String> form, Authentication who) {
    String name = form.getOrDefault("name", "").strip();
    if (name.isEmpty() || name.length() > 100) {
      return HttpResponse.badRequest(view(form, "Give the schedule a name of 1 to 100 characters."));
    }
    ReportPeriod.Frequency frequency;
    try {
      frequency = ReportPeriod.Frequency.valueOf(form.getOrDefault("frequency", ""));
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(view(form, "Choose daily or weekly."));
    }
    List<String> recipients = list(form.get("recipients")).stream().map(UserAccount::normalizeEmail).toList();
    if (recipients.isEmpty() || recipients.size() > 50) {
      return HttpResponse.badRequest(view(form, "Name 1 to 50 recipients, by their email."));
    }
    Set<String> known = new LinkedHashSet<>(schedules.enabledUsers(recipients));
    for (String r : recipients) {
      if (!known.contains(r)) {
        return HttpResponse.badRequest(view(form, "There is no enabled user " + r + "."));
      }
    }
    List<String> cameras = list(form.get("cameras"));
    Map<String, String> names = reports.cameraNames();
    for (String id : cameras) {
      if (!names.containsKey(id)) {
        return HttpResponse.badRequest(view(form, "There is no camera with the id " + id + "."));
      }
    }
    schedules.create(name, frequency, recipients, cameras, who.getName(), clock.instant());
    audit.record(who.getName(), "report.schedule.create", name, frequency + " to " + String.join(", ", recipients));
    return HttpResponse.seeOther(URI.create("/reports/schedules"));
  }

  @Post("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(long id, Authentication who) {
    if (!schedules.delete(id)) {
      return HttpResponse.notFound(view(Map.of(), "There is no such schedule."));
    }
    audit.record(who.getName(), "report.schedule.delete", "schedule " + id, "");
    return HttpResponse.seeOther(URI.create("/reports/schedules"));
  }

  /** Comma-, space- or line-separated values, blanks dropped, duplicates once. */
  static List<String> list(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private ModelAndView<Map<String, Object>> view(Map<String, String> form, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("schedules", schedules.all().stream().map(s -> Map.of(
        "id", s.id(), "name", s.name(), "frequency", s.frequency().name().toLowerCase(Locale.ROOT),
        "recipients", String.join(", ", s.recipients()),
        "cameras", s.cameras().isEmpty() ? "all cameras" : String.join(", ", s.cameras()),
        "last", s.lastPeriodStart() == null ? "never" : s.lastPeriodStart().toString())).toList());
    model.put("form", form);
    model.put("error", error);
    return Page.of("report-schedules", "reports", model);
  }
}
