package io.emoticctv.portal.admin;

/** How the portal protects its connection to the SMTP server. */
public enum SmtpSecurity {
  NONE("None (plain SMTP)"),
  STARTTLS("STARTTLS (usually port 587)"),
  SSL_TLS("SSL/TLS (usually port 465)");

  private final String label;

  SmtpSecurity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
