package io.emoticctv.job.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code config.yaml} of a local standalone cluster: everything on 127.0.0.1 and on ports
 * picked free, file checkpoints and savepoints under the work dir, heap state, quick failure
 * detection (a killed TaskManager is declared dead in seconds, not the default 50 s) and
 * restarts from the last checkpoint.
 */
public final class FlinkConfigFile {
  public static final String FILE_NAME = "config.yaml";

  private FlinkConfigFile() {}

  /** The settings, as flat {@code key: value} pairs (Flink 2 reads flattened keys). */
  public static Map<String, String> settings(ClusterSpec spec, int rpcPort, int restPort, int blobPort) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("jobmanager.rpc.address", "127.0.0.1");
    c.put("jobmanager.rpc.port", String.valueOf(rpcPort));
    c.put("jobmanager.bind-host", "127.0.0.1");
    c.put("jobmanager.memory.process.size", spec.jobManagerMemory());
    c.put("rest.address", "127.0.0.1");
    c.put("rest.bind-address", "127.0.0.1");
    c.put("rest.port", String.valueOf(restPort));
    c.put("blob.server.port", String.valueOf(blobPort));
    c.put("taskmanager.host", "127.0.0.1");
    c.put("taskmanager.bind-host", "127.0.0.1");
    c.put("taskmanager.rpc.port", "0");
    c.put("taskmanager.data.port", "0");
    c.put("taskmanager.numberOfTaskSlots", String.valueOf(spec.slotsPerTaskManager()));
    c.put("taskmanager.memory.process.size", spec.taskManagerMemory());
    // heap state needs no managed memory; DJL's tensors live in direct memory
    c.put("taskmanager.memory.managed.fraction", "0.05");
    c.put("taskmanager.memory.task.off-heap.size", "128m");
    // spread a job's subtasks over the TaskManagers, so losing one leaves work for the other
    c.put("taskmanager.load-balance.mode", "SLOTS");
    c.put("state.backend.type", "hashmap");
    c.put("execution.checkpointing.dir", spec.workDir().resolve("checkpoints").toUri().toString());
    c.put("execution.checkpointing.savepoint-dir", spec.workDir().resolve("savepoints").toUri().toString());
    c.put("execution.checkpointing.num-retained", "2");
    c.put("restart-strategy.type", "fixed-delay");
    c.put("restart-strategy.fixed-delay.attempts", "30");
    c.put("restart-strategy.fixed-delay.delay", "2 s");
    c.put("heartbeat.interval", "1000");
    c.put("heartbeat.timeout", "6000");
    if (spec.prometheus()) {
      c.put("metrics.reporter.prom.factory.class", "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
      // a range for the JobManager; each TaskManager gets its own port as a dynamic property
      c.put("metrics.reporter.prom.port", "9250-9299");
    }
    return c;
  }

  public static String yaml(Map<String, String> settings) {
    return settings.entrySet().stream()
        .map(e -> e.getKey() + ": " + quote(e.getValue()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  public static Path write(Path configDir, Map<String, String> settings) throws IOException {
    Files.createDirectories(configDir);
    return Files.writeString(configDir.resolve(FILE_NAME), yaml(settings));
  }

  /** YAML would read {@code 2 s} fine, but {@code file:///…} and option lists need quotes. */
  private static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
