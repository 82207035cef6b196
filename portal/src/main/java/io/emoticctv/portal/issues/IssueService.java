package io.emoticctv.portal.issues;

import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.web.Disclaimer;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues: reported by any signed-in user, moved through their statuses by admins. Everything a
 * report carries is checked before anything is stored, and then stored in one transaction. The
 * reporter is emailed on each status change.
 */
@Singleton
class IssueService {
  private static final Logger LOG = LoggerFactory.getLogger(IssueService.class);
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 10_000;
  static final int MAX_COMMENT = 5_000;
  static final int MAX_ATTACHMENTS = 3;

  private final IssueRepository issues;
  private final AuditTrail audit;
  private final EmailSender<?, ?> mail;
  private final String baseUrl;
  private final Clock clock = Clock.systemUTC();

  IssueService(IssueRepository issues, AuditTrail audit, EmailSender<?, ?> mail, PortalSettings settings) {
    this.issues = issues;
    this.audit = audit;
    this.mail = mail;
    this.baseUrl = settings.publicBaseUrl();
  }

  /** An upload as the form sent it. */
  record Upload(String fileName, byte[] content) {
    /** The uploads of a multipart form; absent files are left out. */
    static List<Upload> of(CompletedFileUpload... files) {
      List<Upload> uploads = new ArrayList<>();
      for (CompletedFileUpload file : files) {
        if (file != null) {
          try {
            uploads.add(new Upload(file.getFilename() == null ? "" : file.getFilename(), file.getBytes()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return uploads;
    }
  }

  /**
   * @return the new issue's id
   * @throws IllegalArgumentException with a message for the reporter; nothing is stored then
   */
  long report(String reporterEmail, String title, String description, String cameraId, List<Upload> uploads) {
    String t = title == null ? "" : title.strip();
    String d = description == null ? "" : description.strip();
    if (t.isEmpty() || t.length() > MAX_TITLE) {
      throw new IllegalArgumentException("Give a title of 1 to " + MAX_TITLE + " characters.");
    }
    if (d.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("The description may have at most " + MAX_DESCRIPTION + " characters.");
    }
    String camera = cameraId == null || cameraId.isBlank() ? null : cameraId.strip();
    if (camera != null && !issues.cameraExists(camera)) {
      throw new IllegalArgumentException("There is no camera with the id " + camera + ".");
    }
    List<Upload> given = uploads.stream().filter(u -> u.content().length > 0 || !u.fileName().isBlank()).toList();
    if (given.size() > MAX_ATTACHMENTS) {
      throw new IllegalArgumentException("At most " + MAX_ATTACHMENTS + " images per issue.");
    }
    List<CheckedImage> images = new ArrayList<>();
    for (Upload upload : given) {
      images.add(ImageUploads.check(upload.fileName(), upload.content()));
    }
    long reporterId = issues.userId(reporterEmail).orElseThrow(() -> new IllegalStateException("no user " + reporterEmail));
    long id = issues.create(t, d, camera, reporterId, images, clock.instant());
    audit.record(reporterEmail, "issue.create", "issue " + id, t + (images.isEmpty() ? "" : ", " + images.size() + " image(s)"));
    return id;
  }

  /** The issue when {@code viewer} may see it: its reporter or an admin. */
  Optional<Issue> find(long id, String viewer, boolean admin) {
    return issues.find(id).filter(i -> admin || viewer.equals(i.reporter()));
  }

  /** Every issue that matches {@code filter} for an admin; the viewer's own issues otherwise. */
  List<Issue> list(IssueFilter filter, String viewer, boolean admin) {
    if (admin) {
      return issues.list(null, filter.status(), filter.cameraId());
    }
    return issues.userId(viewer).map(id -> issues.list(id, null, null)).orElse(List.of());
  }

  Optional<Issue.AttachmentContent> attachment(long issueId, long attachmentId, String viewer, boolean admin) {
    return find(issueId, viewer, admin).flatMap(i -> issues.attachment(issueId, attachmentId));
  }

  /**
   * @return false when there is no such issue
   * @throws IllegalArgumentException when the status or comment is not acceptable
   */
  boolean changeStatus(long id, String status, String comment, String adminEmail) {
    IssueStatus next;
    try {
      next = IssueStatus.valueOf(status == null ? "" : status);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Choose one of the statuses: open, in progress, resolved, rejected.");
    }
    String c = comment == null ? "" : comment.strip();
    if (c.length() > MAX_COMMENT) {
      throw new IllegalArgumentException("A comment may have at most " + MAX_COMMENT + " characters.");
    }
    long adminId = issues.userId(adminEmail).orElseThrow(() -> new IllegalStateException("no user " + adminEmail));
    if (!issues.changeStatus(id, next, c, adminId, clock.instant())) {
      return false;
    }
    audit.record(adminEmail, "issue.status", "issue " + id, next + (c.isEmpty() ? "" : ": " + c));
    issues.find(id).ifPresent(this::emailReporter);
    return true;
  }

  private void emailReporter(Issue issue) {
    if (issue.reporter() == null) {
      return;
    }
    Issue.Event last = issue.history().get(issue.history().size() - 1);
    String link = baseUrl + "/issues/" + issue.id();
    String text = "Your issue #" + issue.id() + " \"" + issue.title() + "\" is now " + last.status().label() + ".\n"
        + (last.comment().isEmpty() ? "" : "\nComment: " + last.comment() + "\n")
        + "\nSee it at " + link + "\n\n" + Disclaimer.TEXT + "\n";
    String html = "<p>Your issue #" + issue.id() + " &ldquo;" + escape(issue.title()) + "&rdquo; is now <strong>"
        + last.status().label() + "</strong>.</p>"
        + (last.comment().isEmpty() ? "" : "<p>Comment: " + escape(last.comment()) + "</p>")
        + "<p><a href=\"" + escape(link) + "\">See the issue</a></p><p><small>" + escape(Disclaimer.TEXT) + "</small></p>";
    try {
      mail.send(Email.builder()
          .to(issue.reporter())
          .subject("Issue #" + issue.id() + " is now " + last.status().label())
          .body(new MultipartBody(html, text)));
    } catch (RuntimeException e) {
      // The change stands; the reporter sees it on the issue's page.
      LOG.warn("Could not email {} about issue {}: {}", issue.reporter(), issue.id(), e.toString());
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
