package io.emoticctv.contracts;

/** The pattern an alert rule looks for in a camera's emotion windows. */
public enum RuleKind {
  /** The share of the rule's emotions stays at or above the threshold for N consecutive windows. */
  SUSTAINED,
  /** The share rises in each of N consecutive windows and ends at or above the threshold. */
  RISING,
  /** At least {@code minCameras} cameras of one zone pass the threshold within {@code spanMs}. */
  ZONE_SPREAD
}
