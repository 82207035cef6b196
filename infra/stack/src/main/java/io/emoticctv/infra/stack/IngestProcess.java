package io.emoticctv.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One ingest agent serving the given cameras, in its own JVM. */
public final class IngestProcess {
  static final String MAIN = "io.emoticctv.ingest.IngestAgentMain";

  private IngestProcess() {}

  public static JavaProcess start(
      StackLayout layout, Endpoints endpoints, List<Camera> cameras, Path configFile, Path log) {
    try {
      Files.createDirectories(configFile.getParent());
      Files.writeString(configFile, agentConfig(endpoints, cameras));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JavaProcess.start(
        "ingest", layout.classpath("ingest"), MAIN, List.of("--config", configFile.toString()), Map.of(), log);
  }

  static String agentConfig(Endpoints endpoints, List<Camera> cameras) {
    // the demo cameras come from the file; cameras admins add in the portal, from the topic; the
    // agent also answers the portal's "test connection"
    StringBuilder config = new StringBuilder(
        "kafka.bootstrap=" + endpoints.kafkaBootstrap() + "\ncameras.from-topic=true\nprobes.enabled=true\n");
    for (Camera camera : cameras) {
      String prefix = "camera." + camera.id() + ".";
      config.append(prefix).append("url=").append(camera.url()).append('\n');
      config.append(prefix).append("fps=").append(camera.fps()).append('\n');
      config.append(prefix).append("loop=").append(camera.loop()).append('\n');
      config.append(prefix).append("min-face-px=").append(camera.minFacePx()).append('\n');
    }
    return config.toString();
  }
}
