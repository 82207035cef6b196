package io.emoticctv.infra.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The web portal, in its own JVM. */
public final class PortalProcess {
  static final String MAIN = "io.emoticctv.portal.PortalApplication";

  private PortalProcess() {}

  public static JavaProcess start(
      StackLayout layout, Endpoints endpoints, int port, AdminLogin admin, Path log) {
    Map<String, String> env =
        Map.of(
            "EMOTICCTV_PORT", String.valueOf(port),
            "EMOTICCTV_DB_URL", endpoints.jdbcUrl(),
            "EMOTICCTV_DB_USER", endpoints.dbUser(),
            "EMOTICCTV_DB_PASSWORD", endpoints.dbPassword(),
            "EMOTICCTV_KAFKA_BOOTSTRAP", endpoints.kafkaBootstrap(),
            "EMOTICCTV_SMTP_HOST", "127.0.0.1",
            "EMOTICCTV_SMTP_PORT", String.valueOf(endpoints.smtpPort()),
            "EMOTICCTV_PUBLIC_BASE_URL", "http://localhost:" + port,
            "EMOTICCTV_ADMIN_EMAIL", admin.email(),
            "EMOTICCTV_ADMIN_PASSWORD", admin.password());
    return JavaProcess.start("portal", layout.classpath("portal"), MAIN, List.of(), env, log);
  }
}
