package io.emoticctv.portal.webhooks;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.users.Role;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Admin → Webhooks: the endpoints, their add/edit form, a test button and each one's delivery log. */
@Hidden
@Controller("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class WebhooksController {
  private final WebhookAdministration administration;
  private final DisplayTime time;

  WebhooksController(WebhookAdministration administration, DisplayTime time) {
    this.administration = administration;
    this.time = time;
  }

  @Get
  HttpResponse<?> list(@Nullable @QueryValue String done) {
    return HttpResponse.ok(listPage(Map.of("enabled", "true", "emotionAlerts", "true", "format", "GENERIC"), Map.of(), done));
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(@Body Map<String, String> form, Authentication who) {
    WebhookForm.Checked checked = WebhookForm.check(form, true);
    if (!checked.ok()) {
      return HttpResponse.badRequest(listPage(checked.values(), checked.errors(), null));
    }
    Webhook created = administration.create(checked.submitted(), who.getName());
    return done("/admin/webhooks", "Webhook " + created.name() + " added. Its secret is stored and not shown again.");
  }

  @Get("/{id}")
  HttpResponse<?> edit(long id) {
    return withWebhook(id, w -> HttpResponse.ok(editPage(w, WebhookForm.values(w), Map.of())));
  }

  @Post("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(long id, @Body Map<String, String> form, Authentication who) {
    return withWebhook(
        id,
        w -> {
          WebhookForm.Checked checked = WebhookForm.check(form, false);
          if (!checked.ok()) {
            return HttpResponse.badRequest(editPage(w, checked.values(), checked.errors()));
          }
          administration.update(w, checked.submitted(), who.getName());
          return done("/admin/webhooks", "Webhook " + checked.submitted().name() + " saved.");
        });
  }

  @Post("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(long id, Authentication who) {
    return withWebhook(
        id,
        w -> {
          administration.delete(w, who.getName());
          return done("/admin/webhooks", "Webhook " + w.name() + " removed, with its delivery log.");
        });
  }

  @Post("/{id}/test")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> test(long id, Authentication who) {
    return withWebhook(
        id,
        w -> {
          administration.test(w, who.getName());
          return HttpResponse.seeOther(URI.create("/admin/webhooks/" + id + "/deliveries"));
        });
  }

  @Get("/{id}/deliveries")
  HttpResponse<?> log(long id) {
    return withWebhook(
        id,
        w -> {
          Map<String, Object> model = new HashMap<>();
          model.put("webhook", w);
          model.put("deliveries", administration.log(w).stream().map(d -> DeliveryLogRow.of(d, time)).toList());
          return HttpResponse.ok(Page.of("admin-webhook-log", "admin", model));
        });
  }

  @Post("/{id}/deliveries/{deliveryId}/retry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> retry(long id, long deliveryId, Authentication who) {
    return withWebhook(
        id,
        w ->
            administration.retryNow(w, deliveryId, who.getName())
                ? HttpResponse.seeOther(URI.create("/admin/webhooks/" + id + "/deliveries"))
                : HttpResponse.notFound(Page.notFound("admin", "This webhook has no undelivered delivery " + deliveryId + ".")));
  }

  private HttpResponse<?> withWebhook(long id, Function<Webhook, HttpResponse<?>> action) {
    return administration
        .find(id)
        .map(action)
        .orElseGet(() -> HttpResponse.notFound(Page.notFound("admin", "There is no webhook " + id + ".")));
  }

  private static HttpResponse<?> done(String path, String message) {
    return HttpResponse.seeOther(URI.create(path + "?done=" + URLEncoder.encode(message, StandardCharsets.UTF_8)));
  }

  private ModelAndView<Map<String, Object>> listPage(Map<String, String> form, Map<String, String> errors, @Nullable String done) {
    Map<String, Object> model = formModel(form, errors);
    model.put("webhooks", administration.list());
    model.put("done", done == null ? "" : done);
    return Page.of("admin-webhooks", "admin", model);
  }

  private static ModelAndView<Map<String, Object>> editPage(Webhook webhook, Map<String, String> form, Map<String, String> errors) {
    Map<String, Object> model = formModel(form, errors);
    model.put("webhook", webhook);
    return Page.of("admin-webhook", "admin", model);
  }

  private static Map<String, Object> formModel(Map<String, String> form, Map<String, String> errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("errors", errors);
    model.put("formats", Arrays.asList(WebhookFormat.values()));
    return model;
  }
}
