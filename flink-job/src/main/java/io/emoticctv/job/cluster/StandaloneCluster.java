package io.emoticctv.job.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;

/**
 * A Flink standalone session cluster on this machine, started the way Flink's own scripts start
 * one: a JobManager ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code
 * TaskManagerRunner}), each its own JVM, sharing a generated config dir (see {@link
 * FlinkConfigFile}). Jobs go in as {@code flink run} sends them: the program's {@code main} runs
 * here to build the job graph, which is submitted over REST with its jars.
 */
public final class StandaloneCluster implements AutoCloseable {
  static final String JOB_MANAGER_MAIN = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASK_MANAGER_MAIN = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  private static final String BASH_JAVA_UTILS = "org.apache.flink.runtime.util.bash.BashJavaUtils";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TASK_MANAGERS = Pattern.compile("\"taskmanagers\"\\s*:\\s*(\\d+)");

  private final ClusterSpec spec;
  private final Path configDir;
  private final Path logDir;
  private final int restPort;
  private final ProcessMemoryParams taskManagerMemory;
  private final FlinkProcess jobManager;
  private final List<FlinkProcess> taskManagers = new ArrayList<>();
  private final RestClusterClient<StandaloneClusterId> client;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private StandaloneCluster(ClusterSpec spec, Path configDir, Path logDir, int restPort,
      ProcessMemoryParams taskManagerMemory, FlinkProcess jobManager) throws Exception {
    this.spec = spec;
    this.configDir = configDir;
    this.logDir = logDir;
    this.restPort = restPort;
    this.taskManagerMemory = taskManagerMemory;
    this.jobManager = jobManager;
    Configuration clientConfig = new Configuration();
    clientConfig.set(RestOptions.ADDRESS, "127.0.0.1");
    clientConfig.set(RestOptions.PORT, restPort);
    clientConfig.set(JobManagerOptions.ADDRESS, "127.0.0.1");
    this.client = new RestClusterClient<>(clientConfig, StandaloneClusterId.getInstance());
  }

  /** Starts the JobManager and the TaskManagers and returns once every slot is registered. */
  public static StandaloneCluster start(ClusterSpec spec, Duration timeout) throws Exception {
    Path configDir = spec.workDir().resolve("conf");
    Path logDir = Files.createDirectories(spec.workDir().resolve("logs"));
    int restPort = LocalPorts.pick();
    FlinkConfigFile.write(configDir, FlinkConfigFile.settings(spec, LocalPorts.pick(), restPort, LocalPorts.pick()));
    ClusterLogging.write(configDir);

    List<Path> classpath = spec.classpaths().cluster();
    ProcessMemoryParams jobManagerMemory = memoryParams(classpath, configDir, "GET_JM_RESOURCE_PARAMS");
    ProcessMemoryParams taskManagerMemory = memoryParams(classpath, configDir, "GET_TM_RESOURCE_PARAMS");
    int jobManagerMetrics = spec.prometheus() ? LocalPorts.pick() : 0;
    FlinkProcess jobManager = FlinkProcess.start("jobmanager", JOB_MANAGER_MAIN, classpath, configDir, logDir,
        jobManagerMemory, prometheusOption(jobManagerMetrics), jobManagerMetrics);
    StandaloneCluster cluster = new StandaloneCluster(spec, configDir, logDir, restPort, taskManagerMemory, jobManager);
    try {
      for (int i = 0; i < spec.taskManagers(); i++) {
        cluster.startTaskManager();
      }
      cluster.awaitTaskManagers(spec.taskManagers(), timeout);
      return cluster;
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  private static ProcessMemoryParams memoryParams(List<Path> classpath, Path configDir, String command)
      throws IOException, InterruptedException {
    return ProcessMemoryParams.parse(
        FlinkProcess.run(classpath, BASH_JAVA_UTILS, List.of(command, "--configDir", configDir.toString())));
  }

  private static List<String> prometheusOption(int port) {
    return port == 0 ? List.of() : List.of("-D", "metrics.reporter.prom.port=" + port);
  }

  /** Starts one more TaskManager (e.g. to replace a killed one); it registers asynchronously. */
  public synchronized FlinkProcess startTaskManager() throws IOException {
    String name = "taskmanager-" + (taskManagers.size() + 1);
    int metrics = spec.prometheus() ? LocalPorts.pick() : 0;
    List<String> options = new ArrayList<>(List.of("-D", "taskmanager.resource-id=" + name));
    options.addAll(prometheusOption(metrics));
    FlinkProcess taskManager = FlinkProcess.start(
        name, TASK_MANAGER_MAIN, spec.classpaths().cluster(), configDir, logDir, taskManagerMemory, options, metrics);
    taskManagers.add(taskManager);
    return taskManager;
  }

  /** Waits until the JobManager reports exactly {@code count} registered TaskManagers. */
  public void awaitTaskManagers(int count, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    int registered = -1;
    while (System.nanoTime() < deadline) {
      if (!jobManager.isAlive()) {
        throw new IllegalStateException("the JobManager exited; see " + logDir.resolve("jobmanager.out"));
      }
      registered = registeredTaskManagers();
      if (registered == count) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(registered + " TaskManagers registered after " + timeout + ", expected "
        + count + "; logs in " + logDir);
  }

  /** TaskManagers the JobManager knows now ({@code /overview}); -1 while REST does not answer. */
  public int registeredTaskManagers() throws InterruptedException {
    try {
      Matcher m = TASK_MANAGERS.matcher(get("/overview"));
      return m.find() ? Integer.parseInt(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The TaskManagers running some task now, by name ({@code taskmanager-N}): those with occupied
   * slots. Where Flink places a job's subtasks is its choice; a test that kills a TaskManager
   * picks one of these.
   */
  public List<FlinkProcess> busyTaskManagers() throws IOException, InterruptedException {
    List<String> busy = new ArrayList<>();
    for (JsonNode taskManager : JSON.readTree(get("/taskmanagers")).path("taskmanagers")) {
      if (taskManager.path("freeSlots").asInt() < taskManager.path("slotsNumber").asInt()) {
        busy.add(taskManager.path("id").asText());
      }
    }
    return taskManagers().stream().filter(tm -> busy.contains(tm.name())).toList();
  }

  /** GET on the JobManager's REST API, e.g. {@code /overview} or {@code /jobs/<id>}. */
  public String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(restUrl() + path)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /**
   * Runs the job's {@code main} here to build its graph (as {@code flink run} does) and submits
   * it with its jars.
   *
   * @param savepoint a savepoint or retained checkpoint to restore from, or null for a fresh start
   */
  public JobID submit(JobJar job, List<String> args, int parallelism, String savepoint) throws Exception {
    List<URL> classpath = new ArrayList<>();
    for (Path jar : job.classpath()) {
      classpath.add(jar.toUri().toURL());
    }
    PackagedProgram program = PackagedProgram.newBuilder()
        .setJarFile(job.jar().toFile())
        .setUserClassPaths(classpath)
        .setEntryPointClassName(job.mainClass())
        .setArguments(args.toArray(String[]::new))
        .setConfiguration(clientSideProgramConfig())
        .setSavepointRestoreSettings(
            savepoint == null ? SavepointRestoreSettings.none() : SavepointRestoreSettings.forPath(savepoint))
        .build();
    try {
      JobGraph graph = PackagedProgramUtils.createJobGraph(program, new Configuration(), parallelism, false);
      return client.submitJob(graph).get();
    } finally {
      program.close();
    }
  }

  /**
   * The program's {@code main} runs in this JVM, whose classpath may already hold the job's
   * dependencies (a test's does): child-first loading would then mix, e.g., the connector's
   * classes from here with kafka-clients from the user jars. Parent-first applies only to
   * building the graph here; the cluster loads the user jars with its own setting.
   */
  private static Configuration clientSideProgramConfig() {
    Configuration config = new Configuration();
    config.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "parent-first");
    return config;
  }

  public RestClusterClient<StandaloneClusterId> client() {
    return client;
  }

  public String restUrl() {
    return "http://127.0.0.1:" + restPort;
  }

  public FlinkProcess jobManager() {
    return jobManager;
  }

  public synchronized List<FlinkProcess> taskManagers() {
    return List.copyOf(taskManagers);
  }

  public Path logDir() {
    return logDir;
  }

  @Override
  public void close() throws Exception {
    client.close();
    for (FlinkProcess taskManager : taskManagers()) {
      taskManager.close();
    }
    jobManager.close();
  }
}
