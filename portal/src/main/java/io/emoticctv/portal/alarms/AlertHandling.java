package io.emoticctv.portal.alarms;

/**
 * How operators handled an alert, as its page shows it after the alarm console has let it go.
 *
 * @param assignee display name of the user it is assigned to, as {@code AlarmService#assigneeName}
 *     gives it, or empty
 * @param acknowledgedBy email of who acknowledged it, or empty
 * @param resolvedBy email of who resolved it, or empty
 * @param comment the comment given when it was resolved, or empty
 */
public record AlertHandling(
    String assignee, String acknowledgedBy, String resolvedBy, boolean falseAlarm, String comment) {}
