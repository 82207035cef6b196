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
            "MICRONAUT_SERVER_PORT", String.valueOf(port),
            "DATASOURCES_DEFAULT_URL", endpoints.jdbcUrl(),
            "DATASOURCES_DEFAULT_USERNAME", endpoints.dbUser(),
            "DATASOURCES_DEFAULT_PASSWORD", endpoints.dbPassword(),
            "KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrap(),
            "EMOTICCTV_SMTP_HOST", "127.0.0.1",
            "EMOTICCTV_SMTP_PORT", String.valueOf(endpoints.smtpPort()),
            "EMOTICCTV_BASE_URL", "http://localhost:" + port,
            "EMOTICCTV_ADMIN_EMAIL", admin.email(),
            "EMOTICCTV_ADMIN_PASSWORD", admin.password());
    return JavaProcess.start("portal", layout.classpath("portal"), MAIN, List.of(), env, log);
  }
}
