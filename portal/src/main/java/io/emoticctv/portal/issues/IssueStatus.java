package io.emoticctv.portal.issues;

/** Where an issue stands; admins move it, each move with an optional comment. */
public enum IssueStatus {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  RESOLVED("Resolved"),
  REJECTED("Rejected");

  private final String label;

  IssueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
