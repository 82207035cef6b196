package io.emoticctv.portal.rules;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.cameras.CameraRepository;
import io.emoticctv.portal.kafka.CompactedTopicWriter;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rule editor, for admins only: list, add, edit, delete. */
@Controller("/rules")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RulesController {
  private static final Logger LOG = LoggerFactory.getLogger(RulesController.class);

  private final RuleAdministration rules;
  private final CameraRepository cameras;
  private final DisplayTime time;
  private final RuleSuspension suspension;
  private final Clock clock = Clock.systemUTC();

  RulesController(RuleAdministration rules, CameraRepository cameras, DisplayTime time, RuleSuspension suspension) {
    this.rules = rules;
    this.cameras = cameras;
    this.time = time;
    this.suspension = suspension;
  }

  @Get
  ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String saved, @Nullable @QueryValue String deleted) {
    Map<String, Object> model = new HashMap<>();
    model.put("rules", rules.all().stream().map(RuleSummary::of).toList());
    model.put("saved", saved);
    model.put("deleted", deleted);
    model.put("suspendedReason", suspension.reason().orElse(null));
    return Page.of("rules", "rules", model);
  }

  @Get("/new")
  ModelAndView<Map<String, Object>> newRule() {
    return form(null, RuleForm.defaults(time.zoneName()), Map.of(), "");
  }

  @Get("/{ruleId}/edit")
  HttpResponse<?> edit(String ruleId) {
    return rules
        .find(ruleId)
        .<HttpResponse<?>>map(r -> HttpResponse.ok(form(r, RuleForm.values(r), Map.of(), "")))
        .orElseGet(() -> noSuchRule(ruleId));
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(@Body Map<String, String> submitted, Authentication who) {
    return save(null, submitted, who);
  }

  @Post("/{ruleId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(String ruleId, @Body Map<String, String> submitted, Authentication who) {
    RuleRecord stored = rules.find(ruleId).orElse(null);
    if (stored == null) {
      return noSuchRule(ruleId);
    }
    return save(stored, submitted, who);
  }

  @Post("/{ruleId}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(String ruleId, Authentication who) {
    try {
      if (!rules.delete(ruleId, who.getName())) {
        return noSuchRule(ruleId);
      }
    } catch (CompactedTopicWriter.PublishException e) {
      LOG.error("Rule {} not deleted", ruleId, e);
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(Page.notFound("rules", notPublished()));
    }
    return HttpResponse.seeOther(URI.create("/rules?deleted=" + encode(ruleId)));
  }

  /** @param stored the rule being edited, or null for a new one */
  private HttpResponse<?> save(@Nullable RuleRecord stored, Map<String, String> submitted, Authentication who) {
    RuleAdministration.Submitted outcome;
    try {
      outcome = rules.submit(submitted, stored, clock.millis(), who.getName());
    } catch (CompactedTopicWriter.PublishException e) {
      LOG.error("Rule change not saved", e);
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(form(stored, submitted, Map.of(), notPublished()));
    }
    RuleForm.Checked checked = outcome.checked();
    if (!checked.ok()) {
      return HttpResponse.badRequest(form(stored, checked.values(), checked.errors(), ""));
    }
    if (!outcome.saved()) {
      String problem =
          stored == null
              ? "A rule with the id " + checked.rule().ruleId() + " exists already; choose another id."
              : "Someone else saved this rule meanwhile; nothing was saved. Open it again to see their change.";
      return HttpResponse.status(HttpStatus.CONFLICT).body(form(stored, checked.values(), Map.of(), problem));
    }
    return HttpResponse.seeOther(URI.create("/rules?saved=" + encode(checked.rule().ruleId())));
  }

  private ModelAndView<Map<String, Object>> form(
      @Nullable RuleRecord stored, Map<String, String> values, Map<String, String> errors, String problem) {
    Map<String, Object> model = new HashMap<>();
    model.put("editing", stored != null);
    model.put("ruleId", stored == null ? "" : stored.ruleId());
    model.put("version", stored == null ? 0 : stored.version());
    model.put("form", values);
    model.put("errors", errors);
    model.put("problem", problem);
    model.put("cameras", cameras.listOrderByName());
    model.put("kinds", Arrays.stream(RuleKind.values()).map(Enum::name).toList());
    model.put("severities", Arrays.stream(Severity.values()).map(Enum::name).toList());
    model.put(
        "emotions",
        Arrays.stream(Emotion.values()).map(e -> new Choice(RuleForm.emotionField(e), EmotionStyle.label(e))).toList());
    model.put(
        "days",
        Arrays.stream(DayOfWeek.values())
            .map(d -> new Choice(RuleForm.dayField(d), d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)))
            .toList());
    return Page.of("rule-form", "rules", model);
  }

  private static String notPublished() {
    return "Nothing was saved: the message bus did not confirm the change, so the analysis job"
        + " would not have seen it. Please try again in a minute.";
  }

  private static HttpResponse<?> noSuchRule(String ruleId) {
    return HttpResponse.notFound(Page.notFound("rules", "There is no rule with the id " + ruleId + "."));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A checkbox: its field name and label. */
  record Choice(String field, String label) {}

  /** A rule as the list shows it. */
  record RuleSummary(
      String ruleId, int version, String name, String kind, String scope, String condition, String severity,
      String schedule, boolean enabled) {
    static RuleSummary of(RuleRecord r) {
      String scope =
          !r.cameraId().isEmpty() ? "camera " + r.cameraId() : !r.zone().isEmpty() ? "zone " + r.zone() : "every camera";
      String emotions = String.join(" + ", r.emotions().stream().map(EmotionStyle::label).toList());
      String condition =
          emotions + " ≥ " + Math.round(r.threshold() * 100) + "% of ≥ " + r.minFaces() + " faces, "
              + r.windows() + (r.windows() == 1 ? " window" : " windows")
              + (r.kind() == RuleKind.ZONE_SPREAD
                  ? ", " + r.minCameras() + " cameras within " + r.spanMs() / 1000 + " s"
                  : "");
      var s = r.schedule();
      String schedule =
          (s.days().size() == 7 ? "every day" : s.days().size() + " days a week")
              + (s.startMinute() == s.endMinute()
                  ? ""
                  : String.format(Locale.ROOT, ", %02d:%02d–%02d:%02d", s.startMinute() / 60, s.startMinute() % 60, s.endMinute() / 60, s.endMinute() % 60))
              + " (" + s.timeZone() + ")"
              + (s.holidays().isEmpty() ? "" : ", " + s.holidays().size() + " holidays off");
      return new RuleSummary(
          r.ruleId(), r.version(), r.name(), r.kind().name(), scope, condition, r.severity().name(), schedule, r.enabled());
    }
  }

}
