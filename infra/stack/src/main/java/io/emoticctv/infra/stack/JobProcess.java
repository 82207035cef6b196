package io.emoticctv.infra.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Flink job on a local MiniCluster, in its own JVM. */
public final class JobProcess {
  static final String MAIN = "io.emoticctv.job.EmotionJobMain";

  private JobProcess() {}

  /** {@code settings} are job configuration keys (e.g. window.seconds) over the defaults. */
  public static JavaProcess start(
      StackLayout layout, Endpoints endpoints, Map<String, String> settings, Path log) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("kafka.bootstrap", endpoints.kafkaBootstrap());
    config.put("jdbc.url", endpoints.jdbcUrl());
    config.put("jdbc.user", endpoints.dbUser());
    config.put("jdbc.password", endpoints.dbPassword());
    config.put("model.dir", layout.fastModel().toString());
    config.putAll(settings);
    List<String> args = new ArrayList<>();
    config.forEach((key, value) -> {
      args.add("--" + key);
      args.add(value);
    });
    // PyTorch's spinning OpenMP threads starve every other process on a small machine
    Map<String, String> env = Map.of("OMP_WAIT_POLICY", "PASSIVE");
    return JavaProcess.start("flink-job", layout.classpath("flink-job"), MAIN, args, env, log);
  }
}
