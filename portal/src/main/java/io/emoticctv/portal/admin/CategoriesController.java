package io.emoticctv.portal.admin;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.users.Role;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Admins rename, recolour and flag the model's emotions, and group them into categories. */
@Hidden
@Controller("/admin/categories")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CategoriesController {
  private final EmotionCategories categories;

  CategoriesController(EmotionCategories categories) {
    this.categories = categories;
  }

  @Get
  ModelAndView<Map<String, Object>> page() {
    return view("");
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(@Body Map<String, String> form, Authentication who) {
    return change(() -> categories.save(form, null, who.getName()));
  }

  @Post("/{key}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(String key, @Body Map<String, String> form, Authentication who) {
    return change(() -> categories.save(form, key, who.getName()));
  }

  @Post("/{key}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(String key, Authentication who) {
    return change(() -> categories.delete(key, who.getName()));
  }

  private HttpResponse<?> change(Runnable change) {
    try {
      change.run();
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(view(e.getMessage()));
    }
    return HttpResponse.seeOther(URI.create("/admin/categories"));
  }

  private ModelAndView<Map<String, Object>> view(String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("categories", categories.all());
    model.put("emotions", Arrays.stream(Emotion.values()).map(Emotion::key).toList());
    model.put("error", error);
    return Page.of("admin-categories", "admin", model);
  }
}
