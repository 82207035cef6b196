package io.emoticctv.job.alerts;

/** What one step of a camera's alert lifecycle did. */
public enum EpisodeTransition {
  /** No episode open and nothing to open one. */
  NONE,
  /** A sustained run matched with no episode open: the alert is raised. */
  OPENED,
  /** The open episode goes on (another abnormal window, or a repeated match, suppressed). */
  UPDATED,
  /** A window fell below the rule (or the camera saw no face for a whole window): closed. */
  RESOLVED
}
