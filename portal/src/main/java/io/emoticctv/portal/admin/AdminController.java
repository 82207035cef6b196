package io.emoticctv.portal.admin;

import io.emoticctv.portal.kafka.CompactedTopicWriter;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.users.UserAccount;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin pages: an index, users (search, role, disable, delete) and the site's settings. */
@Hidden
@Controller("/admin")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdminController {
  private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);
  private final UserAdministration users;
  private final SiteSettingsService settings;
  private final Invitations invitations;
  private final TestEmail testEmail;
  private final Clock clock = Clock.systemUTC();

  AdminController(UserAdministration users, SiteSettingsService settings, Invitations invitations, TestEmail testEmail) {
    this.users = users;
    this.settings = settings;
    this.invitations = invitations;
    this.testEmail = testEmail;
  }

  @Get
  HttpResponse<?> index() {
    return HttpResponse.ok(Page.of("admin-index", "admin", Map.of()));
  }

  @Get("/users")
  HttpResponse<?> usersPage(@Nullable @QueryValue String q, @Nullable @QueryValue String done) {
    return HttpResponse.ok(usersView(q, done == null ? "" : done, ""));
  }

  @Post("/users/invite")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> invite(@Body Map<String, String> form, Authentication who) {
    try {
      invitations.invite(form.get("email"), form.get("displayName"), form.get("role"), who.getName());
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(usersView("", "", e.getMessage()));
    } catch (RuntimeException e) {
      LOG.error("Invitation not sent", e);
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(usersView("", "", "The invitation email could not be sent, so no user was created. Please try again later."));
    }
    return outcome(Optional.empty(), "Invitation sent to " + form.get("email").strip() + ".");
  }

  @Post("/users/{id}/role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> role(long id, @Body Map<String, String> form, Authentication who) {
    return outcome(users.changeRole(id, form.get("role"), who.getName()), "Role changed.");
  }

  @Post("/users/{id}/disable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> disable(long id, Authentication who) {
    return outcome(users.setEnabled(id, false, who.getName()), "User disabled.");
  }

  @Post("/users/{id}/enable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> enable(long id, Authentication who) {
    return outcome(users.setEnabled(id, true, who.getName()), "User enabled.");
  }

  @Post("/users/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(long id, Authentication who) {
    return outcome(users.delete(id, who.getName()), "User deleted.");
  }

  @Get("/settings")
  HttpResponse<?> settingsPage(@Nullable @QueryValue String saved) {
    SiteSettings current = settings.current();
    return HttpResponse.ok(settingsView(values(current), Map.of(), saved != null));
  }

  @Post("/settings/test-email")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> sendTestEmail(Authentication who) {
    Optional<String> failure = testEmail.send(who.getName());
    ModelAndView<Map<String, Object>> page = settingsView(values(settings.current()), Map.of(), false);
    page.getModel().orElseThrow().put("testEmailSent", failure.isEmpty() ? "Test email sent to " + who.getName() + "." : "");
    page.getModel().orElseThrow().put("testEmailError", failure.map(reason -> "The test email was not sent: " + reason).orElse(""));
    return failure.isEmpty() ? HttpResponse.ok(page) : HttpResponse.status(HttpStatus.BAD_GATEWAY).body(page);
  }

  @Post("/settings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> saveSettings(@Body Map<String, String> form, Authentication who) {
    SiteSettingsForm.Checked checked = SiteSettingsForm.check(form, who.getName(), clock.instant());
    if (!checked.ok()) {
      return HttpResponse.badRequest(settingsView(form, checked.errors(), false));
    }
    try {
      settings.update(checked.settings(), checked.password());
    } catch (CompactedTopicWriter.PublishException e) {
      LOG.error("Site settings not saved", e);
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(settingsView(form, Map.of("deploymentPurpose",
          "Nothing was saved: the message bus did not confirm the rules for the new purpose, so the analysis job"
              + " would not follow it. Please try again in a minute."), false));
    }
    return HttpResponse.seeOther(URI.create("/admin/settings?saved=true"));
  }

  private HttpResponse<?> outcome(Optional<String> refusal, String done) {
    if (refusal.isPresent()) {
      HttpStatus status = refusal.get().startsWith("There is no") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
      return HttpResponse.status(status).body(usersView("", "", refusal.get()));
    }
    return HttpResponse.seeOther(URI.create("/admin/users?done=" + URLEncoder.encode(done, StandardCharsets.UTF_8)));
  }

  private ModelAndView<Map<String, Object>> usersView(String q, String done, String error) {
    List<UserAccount> found = users.search(q);
    Map<String, Object> model = new HashMap<>();
    model.put("q", q == null ? "" : q);
    model.put("users", found);
    model.put("roles", Arrays.stream(Role.values()).map(Role::name).toList());
    model.put("done", done);
    model.put("error", error);
    return Page.of("admin-users", "admin", model);
  }

  private static Map<String, String> values(SiteSettings s) {
    Map<String, String> values = new HashMap<>();
    values.put("deploymentPurpose", s.deploymentPurpose().name());
    values.put("windowsRetentionDays", Integer.toString(s.windowsRetentionDays()));
    values.put("alertsRetentionDays", Integer.toString(s.alertsRetentionDays()));
    values.put("auditRetentionDays", Integer.toString(s.auditRetentionDays()));
    values.put("attachmentsRetentionDays", Integer.toString(s.attachmentsRetentionDays()));
    values.put("privacyBlurDefault", Boolean.toString(s.privacyBlurDefault()));
    values.put("mapTileUrl", s.mapTileUrl());
    values.put("smtpHost", s.smtpHost());
    values.put("smtpPort", Integer.toString(s.smtpPort()));
    values.put("smtpSecurity", s.smtpSecurity().name());
    values.put("smtpUsername", s.smtpUsername());
    values.put("mailFrom", s.mailFrom());
    return values;
  }

  /** The settings page; the SMTP password is never put in its model, only whether one is stored. */
  private ModelAndView<Map<String, Object>> settingsView(
      Map<String, String> values, Map<String, String> errors, boolean saved) {
    Map<String, String> shown = new HashMap<>(values);
    shown.remove("smtpPassword");
    Map<String, Object> model = new HashMap<>();
    model.put("smtpPasswordStored", settings.smtpPasswordStored());
    model.put("securities", Arrays.asList(SmtpSecurity.values()));
    model.put("form", shown);
    model.put("errors", errors);
    model.put("saved", saved);
    model.put("purposes", Arrays.asList(DeploymentPurpose.values()));
    return Page.of("admin-settings", "admin", model);
  }
}
