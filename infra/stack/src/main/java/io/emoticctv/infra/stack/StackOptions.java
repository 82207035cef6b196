package io.emoticctv.infra.stack;

import java.nio.file.Path;

/**
 * Options of {@code ./emoticctv up}: {@code --data DIR} (default ./data: database, broker logs,
 * received mail, process logs; kept between runs), {@code --port N} (portal, default 8080),
 * {@code --kafka-port N} (9092), {@code --postgres-port N} (55432), {@code --smtp-port N} (2525).
 */
public record StackOptions(Path dataDir, int portalPort, int kafkaPort, int postgresPort, int smtpPort) {

  public static StackOptions parse(String[] args) {
    Path data = Path.of("data");
    int portal = 8080;
    int kafka = 9092;
    int postgres = 55432;
    int smtp = 2525;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + args[i]);
      }
      String value = args[++i];
      switch (args[i - 1]) {
        case "--data" -> data = Path.of(value);
        case "--port" -> portal = port(value);
        case "--kafka-port" -> kafka = port(value);
        case "--postgres-port" -> postgres = port(value);
        case "--smtp-port" -> smtp = port(value);
        default -> throw new IllegalArgumentException(
            "unknown option " + args[i - 1] + " (known: --data --port --kafka-port --postgres-port --smtp-port)");
      }
    }
    return new StackOptions(data.toAbsolutePath(), portal, kafka, postgres, smtp);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port: " + value, e);
    }
  }
}
