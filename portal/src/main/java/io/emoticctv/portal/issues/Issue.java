package io.emoticctv.portal.issues;

import java.time.Instant;
import java.util.List;

/**
 * An issue as its pages show it.
 *
 * @param reporter the reporter's email, or null once their account was deleted (anonymised)
 * @param reporterId the reporter's user id, or null likewise
 */
public record Issue(
    long id,
    String title,
    String description,
    String cameraId,
    Long reporterId,
    String reporter,
    IssueStatus status,
    Instant createdAt,
    Instant updatedAt,
    List<Event> history,
    List<Attachment> attachments) {

  /** A status change; {@code actor} is null when their account was deleted. */
  public record Event(Instant at, String actor, IssueStatus status, String comment) {}

  public record Attachment(long id, String fileName, String contentType, int width, int height) {}

  /** The stored bytes of an attachment. */
  public record AttachmentContent(String fileName, String contentType, byte[] bytes) {}
}
