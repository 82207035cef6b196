package io.emoticctv.portal.issues;

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
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any signed-in user reports issues and follows their own; admins see all, filter them and move
 * them through their statuses. Attachments are served only to those who may see the issue, as
 * downloads of the re-encoded image.
 */
@Hidden
@Controller("/issues")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class IssuesController {
  private final IssueService issues;
  private final DisplayTime time;

  IssuesController(IssueService issues, DisplayTime time) {
    this.issues = issues;
    this.time = time;
  }

  @Get
  HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String camera, Authentication who) {
    Optional<IssueFilter> parsed = IssueFilter.parse(status, camera);
    if (parsed.isEmpty()) {
      return HttpResponse.badRequest(Page.notFound("issues", "There is no issue status " + status + "."));
    }
    IssueFilter filter = parsed.get();
    boolean admin = isAdmin(who);
    Map<String, Object> model = new HashMap<>();
    model.put("admin", admin);
    model.put("issues", issues.list(filter, who.getName(), admin).stream().map(this::row).toList());
    model.put("statuses", Arrays.asList(IssueStatus.values()));
    model.put("status", filter.status() == null ? "" : filter.status().name());
    model.put("camera", filter.cameraId() == null ? "" : filter.cameraId());
    return HttpResponse.ok(Page.of("issues", "issues", model));
  }

  @Get("/new")
  ModelAndView<Map<String, Object>> form() {
    return reportForm(Map.of(), "");
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  HttpResponse<?> report(
      @Nullable @Part("title") String title,
      @Nullable @Part("description") String description,
      @Nullable @Part("cameraId") String cameraId,
      @Nullable @Part("image1") CompletedFileUpload image1,
      @Nullable @Part("image2") CompletedFileUpload image2,
      @Nullable @Part("image3") CompletedFileUpload image3,
      Authentication who) {
    List<IssueService.Upload> uploads = IssueService.Upload.of(image1, image2, image3);
    try {
      long id = issues.report(who.getName(), title, description, cameraId, uploads);
      return HttpResponse.seeOther(URI.create("/issues/" + id));
    } catch (IllegalArgumentException e) {
      Map<String, String> values = new HashMap<>();
      values.put("title", title == null ? "" : title);
      values.put("description", description == null ? "" : description);
      values.put("cameraId", cameraId == null ? "" : cameraId);
      return HttpResponse.badRequest(reportForm(values, e.getMessage()));
    }
  }

  @Get("/{id}")
  HttpResponse<?> show(long id, Authentication who) {
    return issues.find(id, who.getName(), isAdmin(who))
        .<HttpResponse<?>>map(issue -> HttpResponse.ok(detail(issue, isAdmin(who), "")))
        .orElseGet(() -> noSuchIssue(id));
  }

  @Get("/{id}/attachments/{attachmentId}")
  @Produces({"image/png", "image/jpeg"})
  HttpResponse<?> attachment(long id, long attachmentId, Authentication who) {
    return issues.attachment(id, attachmentId, who.getName(), isAdmin(who))
        .<HttpResponse<?>>map(a -> HttpResponse.ok(a.bytes())
            .contentType(a.contentType())
            .header("Content-Disposition", "attachment; filename=\"" + a.fileName() + "\"")
            .header("Content-Security-Policy", "default-src 'none'; sandbox")
            .header("Cache-Control", "private, no-store"))
        .orElseGet(() -> HttpResponse.notFound().contentType(MediaType.TEXT_PLAIN_TYPE));
  }

  @Post("/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(Role.ADMIN_NAME)
  HttpResponse<?> changeStatus(long id, @Body Map<String, String> form, Authentication who) {
    try {
      if (!issues.changeStatus(id, form.get("status"), form.get("comment"), who.getName())) {
        return noSuchIssue(id);
      }
      return HttpResponse.seeOther(URI.create("/issues/" + id));
    } catch (IllegalArgumentException e) {
      return issues.find(id, who.getName(), true)
          .<HttpResponse<?>>map(issue -> HttpResponse.badRequest(detail(issue, true, e.getMessage())))
          .orElseGet(() -> noSuchIssue(id));
    }
  }

  private ModelAndView<Map<String, Object>> reportForm(Map<String, String> values, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", values);
    model.put("error", error);
    model.put("maxAttachments", IssueService.MAX_ATTACHMENTS);
    return Page.of("issue-form", "issues", model);
  }

  private ModelAndView<Map<String, Object>> detail(Issue issue, boolean admin, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("issue", row(issue));
    model.put("description", issue.description());
    model.put("history", issue.history().stream().map(e -> Map.of(
        "at", time.dateTime(e.at()), "actor", e.actor() == null ? "a deleted user" : e.actor(),
        "status", e.status().label(), "comment", e.comment())).toList());
    model.put("attachments", issue.attachments());
    model.put("admin", admin);
    model.put("statuses", Arrays.asList(IssueStatus.values()));
    model.put("error", error);
    return Page.of("issue", "issues", model);
  }

  private Map<String, Object> row(Issue issue) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", issue.id());
    row.put("title", issue.title());
    row.put("camera", issue.cameraId() == null ? "" : issue.cameraId());
    row.put("reporter", issue.reporter() == null ? "a deleted user" : issue.reporter());
    row.put("status", issue.status().name());
    row.put("statusLabel", issue.status().label());
    row.put("updated", time.dateTime(issue.updatedAt()));
    return row;
  }

  private static HttpResponse<?> noSuchIssue(long id) {
    return HttpResponse.notFound(Page.notFound("issues", "There is no issue #" + id + " you may see."));
  }

  private static boolean isAdmin(Authentication who) {
    return who.getRoles().contains(Role.ADMIN_NAME);
  }
}
