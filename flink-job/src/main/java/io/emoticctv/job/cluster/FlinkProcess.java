package io.emoticctv.job.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One JVM of the cluster (JobManager or TaskManager), its output in {@code logs/<name>.out}. */
public final class FlinkProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final int prometheusPort;

  private FlinkProcess(String name, Process process, int prometheusPort) {
    this.name = name;
    this.process = process;
    this.prometheusPort = prometheusPort;
  }

  /**
   * Starts {@code mainClass --configDir DIR <dynamic options>} with the memory flags Flink derives
   * for this kind of process, plus {@code extraOptions} ({@code -D key=value} pairs of its own).
   */
  static FlinkProcess start(
      String name, String mainClass, List<Path> classpath, Path configDir, Path logDir,
      ProcessMemoryParams memory, List<String> extraOptions, int prometheusPort) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(memory.jvmFlags());
    command.add("-Dai.djl.offline=true");
    command.add("-Dlogback.configurationFile=" + configDir.resolve(ClusterLogging.FILE_NAME));
    command.add("-Dlog.file=" + logDir.resolve(name + ".log"));
    command.add("-cp");
    command.add(join(classpath));
    command.add(mainClass);
    command.add("--configDir");
    command.add(configDir.toString());
    command.addAll(memory.dynamicOptions());
    command.addAll(extraOptions);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logDir.resolve(name + ".out").toFile())
        .start();
    return new FlinkProcess(name, process, prometheusPort);
  }

  /** Runs a short helper main to its end and returns what it printed. */
  static String run(List<Path> classpath, String mainClass, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx128m", "-cp", join(classpath), mainClass));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(mainClass + " " + args + " failed: " + output);
    }
    return output;
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Port of this process's Prometheus {@code /metrics} endpoint, or 0 without the reporter. */
  public int prometheusPort() {
    return prometheusPort;
  }

  /** SIGKILL, as when a machine dies: no shutdown hooks, no goodbye to the JobManager. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String join(List<Path> classpath) {
    return String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
  }
}
