package io.emoticctv.portal.admin;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks the settings form: every field is bounded, the first error per field is kept. The SMTP
 * fields may be left empty (the server's configuration is used then); the SMTP password field is
 * never filled in by the page, so an empty one keeps the stored password.
 */
final class SiteSettingsForm {
  static final int MAX_DAYS = 3650;
  static final int DEFAULT_SMTP_PORT = 587;
  static final int MAX_CREDENTIAL = 200;
  static final int MAX_ADDRESS = 254;
  private static final Pattern HOST_NAME = Pattern.compile(
      "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private SiteSettingsForm() {}

  /** What to do with the stored SMTP password. */
  record PasswordChange(boolean change, String password) {
    static final PasswordChange KEEP = new PasswordChange(false, "");
    static final PasswordChange REMOVE = new PasswordChange(true, "");

    @Override
    public String toString() {
      return !change ? "keep" : password.isEmpty() ? "remove" : "replace";
    }
  }

  /** The checked settings and password change, or the errors by field name. */
  record Checked(SiteSettings settings, PasswordChange password, Map<String, String> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  static Checked check(Map<String, String> form, String who, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    DeploymentPurpose purpose = null;
    try {
      purpose = DeploymentPurpose.valueOf(Objects.toString(form.get("deploymentPurpose"), ""));
    } catch (IllegalArgumentException e) {
      errors.put("deploymentPurpose", "Choose one of the listed site types.");
    }
    int windows = days(form, "windowsRetentionDays", errors);
    int alerts = days(form, "alertsRetentionDays", errors);
    int audit = days(form, "auditRetentionDays", errors);
    int attachments = days(form, "attachmentsRetentionDays", errors);
    String tiles = Objects.toString(form.get("mapTileUrl"), "").strip();
    if (!tiles.isEmpty() && !validTileUrl(tiles)) {
      errors.put("mapTileUrl", "Give an https URL with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png, or leave it empty.");
    }
    boolean blur = "true".equals(form.get("privacyBlurDefault"));
    String host = Objects.toString(form.get("smtpHost"), "").strip();
    if (!host.isEmpty() && !HOST_NAME.matcher(host).matches()) {
      errors.put("smtpHost", "Give a host name such as smtp.example.org or an IP address, or leave it empty to use the server's configuration.");
    }
    int port = smtpPort(form, host.isEmpty(), errors);
    SmtpSecurity security = smtpSecurity(form, errors);
    String username = Objects.toString(form.get("smtpUsername"), "").strip();
    if (!credential(username)) {
      errors.put("smtpUsername", "At most " + MAX_CREDENTIAL + " characters, on one line.");
    }
    PasswordChange password = passwordChange(form, errors);
    String from = Objects.toString(form.get("mailFrom"), "").strip();
    if (!from.isEmpty() && !validAddress(from)) {
      errors.put("mailFrom", "Give one email address such as alerts@example.org, or leave it empty to use the server's configuration.");
    }
    SiteSettings settings = errors.isEmpty()
        ? new SiteSettings(1, purpose, windows, alerts, audit, attachments, blur, tiles, host, port, security, username, from, now, who)
        : null;
    return new Checked(settings, password, errors);
  }

  private static int smtpPort(Map<String, String> form, boolean noHost, Map<String, String> errors) {
    String value = Objects.toString(form.get("smtpPort"), "").strip();
    if (value.isEmpty() && noHost) {
      return DEFAULT_SMTP_PORT;
    }
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.put("smtpPort", "A port number from 1 to 65535, e.g. 587.");
    return 0;
  }

  private static SmtpSecurity smtpSecurity(Map<String, String> form, Map<String, String> errors) {
    String value = Objects.toString(form.get("smtpSecurity"), "").strip();
    if (value.isEmpty()) {
      return SmtpSecurity.STARTTLS;
    }
    try {
      return SmtpSecurity.valueOf(value);
    } catch (IllegalArgumentException e) {
      errors.put("smtpSecurity", "Choose one of the listed kinds of connection security.");
      return null;
    }
  }

  private static PasswordChange passwordChange(Map<String, String> form, Map<String, String> errors) {
    String password = Objects.toString(form.get("smtpPassword"), "");
    boolean remove = "true".equals(form.get("smtpPasswordRemove"));
    if (!credential(password)) {
      errors.put("smtpPassword", "At most " + MAX_CREDENTIAL + " characters, on one line.");
    } else if (remove && !password.isEmpty()) {
      errors.put("smtpPassword", "Either type a new password or tick \"Remove the stored password\", not both.");
    }
    return remove ? PasswordChange.REMOVE : password.isEmpty() ? PasswordChange.KEEP : new PasswordChange(true, password);
  }

  private static boolean credential(String value) {
    return value.length() <= MAX_CREDENTIAL && !CONTROL.matcher(value).find();
  }

  /** One bare address with a domain, as a From header takes it ({@code alerts@example.org}). */
  static boolean validAddress(String address) {
    if (address.length() > MAX_ADDRESS || address.indexOf('@') < 1) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      return parsed.getPersonal() == null && address.equals(parsed.getAddress());
    } catch (AddressException e) {
      return false;
    }
  }

  private static int days(Map<String, String> form, String field, Map<String, String> errors) {
    try {
      int days = Integer.parseInt(Objects.toString(form.get(field), "").strip());
      if (days >= 1 && days <= MAX_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.put(field, "A whole number of days from 1 to " + MAX_DAYS + ".");
    return 0;
  }

  static boolean validTileUrl(String url) {
    if (url.length() > 500 || !url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
      return false;
    }
    try {
      URI uri = URI.create(url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{s}", "a"));
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
