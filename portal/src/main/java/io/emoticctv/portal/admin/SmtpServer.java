package io.emoticctv.portal.admin;

/**
 * The SMTP server an admin set on the settings page. The password is empty when none is stored;
 * {@link #toString()} leaves it out, so the record may be logged.
 */
public record SmtpServer(String host, int port, SmtpSecurity security, String username, String password) {

  @Override
  public String toString() {
    return "SmtpServer[" + host + ":" + port + ", " + security + (username.isEmpty() ? "" : ", user " + username) + "]";
  }
}
