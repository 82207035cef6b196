package io.emoticctv.portal.issues;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issues as JSON, through {@link IssueService} as the issue pages go: anyone reports issues (with
 * the same checks of every image) and follows their own, with the issues scope; admins see all and
 * change their status (admin scope), the reporter being emailed as from the page.
 */
@Controller("/api/v1/issues")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "issues")
final class IssuesApiController {
  private final IssueService issues;

  IssuesApiController(IssueService issues) {
    this.issues = issues;
  }

  /** The body of a status change. */
  @Serdeable
  record StatusChange(@Nullable String status, @Nullable String comment) {}

  @Get
  @Operation(summary = "Your issues; for admins every issue, optionally by status and camera (issues scope)")
  HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String camera, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.ISSUES, () -> IssueFilter.parse(status, camera)
        .<HttpResponse<?>>map(filter -> HttpResponse.ok(
            issues.list(filter, who.getName(), isAdmin(who)).stream().map(IssuesApiController::view).toList()))
        .orElseGet(() -> ApiCalls.error(HttpStatus.BAD_REQUEST, "status must be one of OPEN, IN_PROGRESS, RESOLVED, REJECTED")));
  }

  @Get("/{id}")
  @Operation(summary = "One issue with its history and attachments, when it is yours or you are an admin (issues scope)")
  HttpResponse<?> show(long id, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.ISSUES, () -> issues.find(id, who.getName(), isAdmin(who))
        .<HttpResponse<?>>map(issue -> HttpResponse.ok(view(issue)))
        .orElseGet(() -> noSuchIssue(id)));
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Reports an issue, as the issue form does: title, description, cameraId and up to 3 images"
      + " image1..image3 (PNG, JPEG or GIF, checked by content and re-encoded) (issues scope)")
  HttpResponse<?> report(
      @Nullable @Part("title") String title,
      @Nullable @Part("description") String description,
      @Nullable @Part("cameraId") String cameraId,
      @Nullable @Part("image1") CompletedFileUpload image1,
      @Nullable @Part("image2") CompletedFileUpload image2,
      @Nullable @Part("image3") CompletedFileUpload image3,
      Authentication who) {
    return ApiCalls.scoped(who, ApiScope.ISSUES, () -> {
      try {
        long id = issues.report(who.getName(), title, description, cameraId, IssueService.Upload.of(image1, image2, image3));
        return HttpResponse.created(view(issues.find(id, who.getName(), true).orElseThrow()));
      } catch (IllegalArgumentException e) {
        return ApiCalls.error(HttpStatus.BAD_REQUEST, e.getMessage());
      }
    });
  }

  @Post("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Secured(Role.ADMIN_NAME)
  @Operation(summary = "Changes an issue's status: {\"status\": OPEN, IN_PROGRESS, RESOLVED or REJECTED, \"comment\": optional};"
      + " the reporter is emailed (admin scope, admin role)")
  HttpResponse<?> changeStatus(long id, @Body StatusChange change, Authentication who) {
    return ApiCalls.scoped(who, ApiScope.ADMIN, () -> {
      try {
        return issues.changeStatus(id, change.status(), change.comment(), who.getName())
            ? HttpResponse.ok(view(issues.find(id, who.getName(), true).orElseThrow()))
            : noSuchIssue(id);
      } catch (IllegalArgumentException e) {
        return ApiCalls.error(HttpStatus.BAD_REQUEST, e.getMessage());
      }
    });
  }

  private static Map<String, Object> view(Issue issue) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", issue.id());
    view.put("title", issue.title());
    view.put("description", issue.description());
    view.put("cameraId", issue.cameraId());
    view.put("reporter", issue.reporter());
    view.put("status", issue.status().name());
    view.put("createdAt", issue.createdAt().toString());
    view.put("updatedAt", issue.updatedAt().toString());
    view.put("history", issue.history().stream().map(e -> {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("at", e.at().toString());
      event.put("actor", e.actor());
      event.put("status", e.status().name());
      event.put("comment", e.comment());
      return event;
    }).toList());
    view.put("attachments", issue.attachments().stream().map(a -> Map.of(
        "id", a.id(), "fileName", a.fileName(), "contentType", a.contentType(), "width", a.width(), "height", a.height()))
        .toList());
    return view;
  }

  private static HttpResponse<?> noSuchIssue(long id) {
    return ApiCalls.error(HttpStatus.NOT_FOUND, "there is no issue #" + id + " you may see");
  }

  private static boolean isAdmin(Authentication who) {
    return who.getRoles().contains(Role.ADMIN_NAME);
  }
}
