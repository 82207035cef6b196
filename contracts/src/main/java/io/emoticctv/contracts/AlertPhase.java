package io.emoticctv.contracts;

/** Where an alert episode is in its life, as the job sees the condition. */
public enum AlertPhase {
  /** The rule's pattern just matched: the first record of an episode. */
  OPENED,
  /** The condition still holds; peak share, duration or windows changed. */
  UPDATED,
  /** The condition cleared; the last record of an episode. */
  RESOLVED
}
