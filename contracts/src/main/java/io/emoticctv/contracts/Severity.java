package io.emoticctv.contracts;

/** How urgent an alert is, as configured on the rule that raised it. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
