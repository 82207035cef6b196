package io.emoticctv.portal.issues;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * The filters of an admin's issue list, as the page and the API take them.
 *
 * @param status only issues of this status, or null for all
 * @param cameraId only issues of this camera, or null for all
 */
record IssueFilter(@Nullable IssueStatus status, @Nullable String cameraId) {

  /**
   * @param status a status name, or blank for all
   * @param camera a camera id, or blank for all
   * @return empty when {@code status} names no status
   */
  static Optional<IssueFilter> parse(@Nullable String status, @Nullable String camera) {
    IssueStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = IssueStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new IssueFilter(wanted, camera == null || camera.isBlank() ? null : camera.strip()));
  }
}
