package io.emoticctv.portal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.portal.admin.SmtpSecurity;
import io.emoticctv.portal.admin.SmtpServer;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSessionProviderTest {
  static Properties configured() {
    Properties p = new Properties();
    p.put("mail.smtp.host", "localhost");
    p.put("mail.smtp.port", "25");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.starttls.enable", "true");
    p.put("mail.smtp.user", "configured-user");
    return p;
  }

  @Test
  void theSiteServerReplacesTheConfiguredOneAndKeepsItsTimeouts() {
    Properties p = SmtpSessionProvider.properties(configured(), new SmtpServer("smtp.example.org", 465, SmtpSecurity.SSL_TLS, "relay", "pw"));
    assertThat(p).containsEntry("mail.smtp.host", "smtp.example.org").containsEntry("mail.smtp.port", "465")
        .containsEntry("mail.smtp.timeout", "10000").containsEntry("mail.smtp.ssl.enable", "true")
        .containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.user", "relay")
        .doesNotContainKey("mail.smtp.starttls.enable");
    assertThat(p.values()).doesNotContain("pw");
  }

  @Test
  void startTlsIsRequiredAndNoLoginMeansNoAuth() {
    Properties tls = SmtpSessionProvider.properties(configured(), new SmtpServer("10.0.0.5", 587, SmtpSecurity.STARTTLS, "", ""));
    assertThat(tls).containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.auth", "false")
        .doesNotContainKey("mail.smtp.user");
    Properties plain = SmtpSessionProvider.properties(configured(), new SmtpServer("10.0.0.5", 25, SmtpSecurity.NONE, "", ""));
    assertThat(plain).containsEntry("mail.smtp.starttls.enable", "false").containsEntry("mail.smtp.ssl.enable", "false");
  }

  @Test
  void theServerIsLoggedWithoutItsPassword() {
    assertThat(new SmtpServer("smtp.example.org", 587, SmtpSecurity.STARTTLS, "relay", "secret-pw").toString())
        .doesNotContain("secret-pw").contains("smtp.example.org:587");
  }
}
