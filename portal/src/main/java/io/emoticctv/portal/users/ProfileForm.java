package io.emoticctv.portal.users;

import io.emoticctv.contracts.Severity;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-up and profile forms: fields as submitted, checked into a {@link Profile} or a
 * message per wrong field. Pure, so every rule is unit-tested.
 */
public final class ProfileForm {
  public static final String EMAIL = "email";
  public static final String DISPLAY_NAME = "displayName";
  public static final String PHONE = "phone";
  public static final String ALERT_EMAILS = "alertEmails";
  public static final String ALERT_MIN_SEVERITY = "alertMinSeverity";
  public static final String OUTAGE_EMAILS = "outageEmails";
  public static final String QUIET_FROM = "quietFrom";
  public static final String QUIET_UNTIL = "quietUntil";
  public static final String PASSWORD = "password";
  public static final String CONFIRM = "confirm";

  static final int MIN_PASSWORD_LENGTH = FirstAdminAccount.MIN_PASSWORD_LENGTH;
  static final int MAX_NAME = 80;

  private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
  private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");

  private ProfileForm() {}

  /**
   * What a user may change about themselves.
   *
   * @param alertEmails whether new emotion alerts of at least {@code alertMinSeverity} are emailed
   * @param outageEmails whether camera outages are emailed
   */
  public record Profile(
      String email,
      String displayName,
      String phone,
      boolean alertEmails,
      Severity alertMinSeverity,
      boolean outageEmails,
      QuietHours quietHours) {}

  /** @param profile null when {@code errors} is not empty */
  public record Checked(@Nullable Profile profile, Map<String, String> values, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public static Map<String, String> values(UserAccount user) {
    Map<String, String> values = new HashMap<>();
    values.put(EMAIL, user.email());
    values.put(DISPLAY_NAME, user.displayName());
    values.put(PHONE, user.phone());
    if (user.alertEmails()) {
      values.put(ALERT_EMAILS, "true");
    }
    values.put(ALERT_MIN_SEVERITY, user.alertMinSeverity().name());
    if (user.outageEmails()) {
      values.put(OUTAGE_EMAILS, "true");
    }
    values.put(QUIET_FROM, user.quietHours().from());
    values.put(QUIET_UNTIL, user.quietHours().until());
    return values;
  }

  /** The profile form; the sign-up form is the same plus a new password ({@code withPassword}). */
  public static Checked check(Map<String, String> submitted, boolean withPassword) {
    Map<String, String> values = new HashMap<>();
    submitted.forEach((k, v) -> values.put(k, v == null ? "" : v.strip()));
    Map<String, String> errors = new LinkedHashMap<>();
    String email = UserAccount.normalizeEmail(values.getOrDefault(EMAIL, ""));
    if (!EMAIL_PATTERN.matcher(email).matches()) {
      errors.put(EMAIL, "Enter an email address such as name@example.com.");
    }
    String name = values.getOrDefault(DISPLAY_NAME, "");
    if (name.isEmpty() || name.length() > MAX_NAME) {
      errors.put(DISPLAY_NAME, "Enter a name of at most " + MAX_NAME + " characters.");
    }
    String phone = values.getOrDefault(PHONE, "");
    if (!phone.isEmpty() && !PHONE_PATTERN.matcher(phone).matches()) {
      errors.put(PHONE, "Enter a phone number of digits, spaces, '-' and '()', optionally starting with '+'.");
    }
    Integer from = minute(values.getOrDefault(QUIET_FROM, ""));
    Integer until = minute(values.getOrDefault(QUIET_UNTIL, ""));
    boolean fromBlank = values.getOrDefault(QUIET_FROM, "").isEmpty();
    boolean untilBlank = values.getOrDefault(QUIET_UNTIL, "").isEmpty();
    if ((!fromBlank && from == null) || (!untilBlank && until == null)) {
      errors.put(QUIET_FROM, "Enter times as HH:MM, e.g. 22:00.");
    } else if (fromBlank != untilBlank) {
      errors.put(QUIET_FROM, "Enter both the start and the end of the quiet hours, or neither.");
    } else if (from != null && from.equals(until)) {
      errors.put(QUIET_FROM, "The quiet hours must start and end at different times.");
    }
    Severity alertMinSeverity = severity(values.getOrDefault(ALERT_MIN_SEVERITY, ""));
    if (alertMinSeverity == null) {
      errors.put(ALERT_MIN_SEVERITY, "Choose LOW, MEDIUM, HIGH or CRITICAL.");
    }
    if (withPassword) {
      // passwords as typed: spaces are part of them
      String problem =
          passwordProblem(Objects.toString(submitted.get(PASSWORD), ""), Objects.toString(submitted.get(CONFIRM), ""));
      if (problem != null) {
        errors.put(PASSWORD, problem);
      }
    }
    values.remove(PASSWORD);
    values.remove(CONFIRM);
    if (!errors.isEmpty()) {
      return new Checked(null, values, errors);
    }
    return new Checked(
        new Profile(email, name, phone, checked(values, ALERT_EMAILS), alertMinSeverity, checked(values, OUTAGE_EMAILS),
            QuietHours.of(from, until)),
        values,
        errors);
  }

  private static boolean checked(Map<String, String> values, String box) {
    return "true".equals(values.get(box)) || "on".equals(values.get(box));
  }

  /** The chosen severity; LOW (every alert) when the field is absent, as on the sign-up form. */
  private static @Nullable Severity severity(String value) {
    if (value.isEmpty()) {
      return Severity.LOW;
    }
    try {
      return Severity.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** What is wrong with a new password and its confirmation, or null. */
  public static @Nullable String passwordProblem(String password, String confirm) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return "Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.";
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_PASSWORD_BYTES) {
      return "A password may have at most " + PasswordHasher.MAX_PASSWORD_BYTES + " bytes.";
    }
    if (!password.equals(confirm)) {
      return "The two passwords differ.";
    }
    return null;
  }

  private static @Nullable Integer minute(String clock) {
    Matcher m = CLOCK.matcher(clock);
    return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : null;
  }
}
