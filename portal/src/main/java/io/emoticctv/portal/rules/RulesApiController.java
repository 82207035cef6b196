package io.emoticctv.portal.rules;

import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.portal.api.ApiCalls;
import io.emoticctv.portal.api.ApiScope;
import io.emoticctv.portal.kafka.CompactedTopicWriter;
import io.emoticctv.portal.users.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule editor as JSON: the same fields, checked and saved by {@link RuleAdministration}, so
 * every change is published to the rules topic and audited as from the page. Admins only. While
 * rules are suspended ({@link RuleSuspension}) writes are stored and the answer says so.
 */
@Controller("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "rules")
final class RulesApiController {
  private static final Logger LOG = LoggerFactory.getLogger(RulesApiController.class);
  private static final String FIELDS = "Fields as in the rule editor: ruleId (new rules only), name, kind (SUSTAINED,"
      + " RISING, ZONE_SPREAD), cameraId or zone, emotions (list of emotion keys), threshold (percent), windows,"
      + " minFaces, minCameras and spanSeconds (zone spread), severity, cooldownMinutes, days (1 = Monday .. 7),"
      + " startTime and endTime (HH:MM), timeZone, holidays (comma separated dates), enabled (absent = false)."
      + " Answers {rule, suspended, suspendedReason}; 409 when the id is taken.";

  private final RuleAdministration rules;
  private final RuleSuspension suspension;
  private final Clock clock = Clock.systemUTC();

  RulesApiController(RuleAdministration rules, RuleSuspension suspension) {
    this.rules = rules;
    this.suspension = suspension;
  }

  @Get
  @Operation(summary = "Every rule, by name (read scope, admin role)")
  HttpResponse<?> list(Authentication who) {
    return ApiCalls.scoped(who, ApiScope.READ, () -> HttpResponse.ok(answer("rules", rules.all().stream().map(RuleJson::of).toList())));
  }

  @Get("/{ruleId}")
  @Operation(summary = "One rule (read scope, admin role)")
  HttpResponse<?> show(String ruleId, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.READ, () -> withStored(ruleId, rule -> HttpResponse.ok(answer(rule))));
  }

  @Post
  @Operation(summary = "Adds a rule and publishes it to the analysis job (write scope, admin role)", description = FIELDS)
  HttpResponse<?> create(@Body Map<String, Object> rule, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> save(rule, null, who));
  }

  @Put("/{ruleId}")
  @Operation(summary = "Saves the next version of a rule, as its editor does (write scope, admin role)", description = FIELDS)
  HttpResponse<?> update(String ruleId, @Body Map<String, Object> rule, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> withStored(ruleId, stored -> save(rule, stored, who)));
  }

  @Post("/{ruleId}/enable")
  @Consumes(MediaType.ALL)
  @Operation(summary = "Enables a rule: its next version (write scope, admin role)")
  HttpResponse<?> enable(String ruleId, Authentication who) {
    return switchTo(ruleId, true, who);
  }

  @Post("/{ruleId}/disable")
  @Consumes(MediaType.ALL)
  @Operation(summary = "Disables a rule: its next version; an open episode resolves (write scope, admin role)")
  HttpResponse<?> disable(String ruleId, Authentication who) {
    return switchTo(ruleId, false, who);
  }

  @Delete("/{ruleId}")
  @Consumes(MediaType.ALL)
  @Operation(summary = "Deletes a rule; the job gets its tombstone (write scope, admin role)")
  HttpResponse<?> delete(String ruleId, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> {
      try {
        return rules.delete(ruleId, who.getName()) ? HttpResponse.ok(Map.of("deleted", ruleId)) : noSuchRule(ruleId);
      } catch (CompactedTopicWriter.PublishException e) {
        return notPublished(e);
      }
    });
  }

  private HttpResponse<?> switchTo(String ruleId, boolean enabled, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.WRITE, () -> withStored(ruleId, stored -> {
      Map<String, String> fields = RuleForm.values(stored);
      if (enabled) {
        fields.put(RuleForm.ENABLED, "true");
      } else {
        fields.remove(RuleForm.ENABLED);
      }
      return submit(fields, stored, who);
    }));
  }

  /** @param stored the rule being changed, or null for a new one */
  private HttpResponse<?> save(Map<String, Object> json, @Nullable RuleRecord stored, Authentication who) {
    try {
      return submit(RuleJson.formFields(json), stored, who);
    } catch (IllegalArgumentException e) {
      return ApiCalls.error(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private HttpResponse<?> submit(Map<String, String> fields, @Nullable RuleRecord stored, Authentication who) {
    RuleAdministration.Submitted outcome;
    try {
      outcome = rules.submit(fields, stored, clock.millis(), who.getName());
    } catch (CompactedTopicWriter.PublishException e) {
      return notPublished(e);
    }
    if (!outcome.checked().ok()) {
      return ApiCalls.invalid(outcome.checked().errors());
    }
    RuleRecord rule = outcome.checked().rule();
    if (!outcome.saved()) {
      return ApiCalls.error(HttpStatus.CONFLICT, stored == null
          ? "a rule with the id " + rule.ruleId() + " exists already"
          : "someone else saved this rule meanwhile; nothing was saved");
    }
    return stored == null ? HttpResponse.created(answer(rule)) : HttpResponse.ok(answer(rule));
  }

  private HttpResponse<?> withStored(String ruleId, Function<RuleRecord, HttpResponse<?>> then) {
    return rules.find(ruleId).<HttpResponse<?>>map(then).orElseGet(() -> noSuchRule(ruleId));
  }

  private Map<String, Object> answer(RuleRecord rule) {
    return answer("rule", RuleJson.of(rule));
  }

  /** {@code what} with whether rules are suspended, and why. */
  private Map<String, Object> answer(String key, Object what) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(key, what);
    String reason = suspension.reason().orElse(null);
    answer.put("suspended", reason != null);
    if (reason != null) {
      answer.put("suspendedReason", reason);
    }
    return answer;
  }

  private static HttpResponse<?> notPublished(CompactedTopicWriter.PublishException e) {
    LOG.error("Rule change not saved", e);
    return ApiCalls.error(HttpStatus.SERVICE_UNAVAILABLE,
        "nothing was saved: the message bus did not confirm the change; try again in a minute");
  }

  private static HttpResponse<?> noSuchRule(String ruleId) {
    return ApiCalls.error(HttpStatus.NOT_FOUND, "there is no rule with the id " + ruleId);
  }
}
