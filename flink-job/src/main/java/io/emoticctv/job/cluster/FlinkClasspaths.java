package io.emoticctv.job.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the job module's runtime classpath the way a Flink installation splits it: what a
 * Flink distribution's {@code lib/} holds (Flink itself, logging, DJL with the PyTorch natives,
 * reporters) goes on the cluster processes' classpath; what the job's cluster jar bundles
 * (connectors, JDBC driver, contracts, models) goes to the job as user code. The patterns mirror
 * the {@code cluster-jar} profile's shade excludes.
 *
 * @param cluster classpath of the JobManager and TaskManager processes
 * @param user jars the job brings, shipped with the job graph
 */
public record FlinkClasspaths(List<Path> cluster, List<Path> user) {

  /** Only in {@code lib/}: the cluster's own classes, and DJL (its natives bind to one class loader). */
  private static final Pattern CLUSTER_ONLY = Pattern.compile(
      ".*/(org/apache/flink/flink-(annotations|clients|core|core-api|connector-datagen|datastream|datastream-api"
          + "|file-sink-common|hadoop-fs|metrics-[^/]+|queryable-state-client-java|rpc-[^/]+|runtime|shaded-[^/]+"
          + "|streaming-java)|org/slf4j/[^/]+|ch/qos/logback/[^/]+|com/esotericsoftware/[^/]+|tools/profiler/[^/]+"
          + "|ai/djl/[^/]+|ai/djl/pytorch/[^/]+|com/google/code/gson/[^/]+|net/java/dev/jna/[^/]+)/[^/]+/[^/]+\\.jar");

  /** Only in the job: what a Flink distribution does not have. */
  private static final Pattern USER_ONLY = Pattern.compile(
      ".*/(io/emoticctv/[^/]+|org/apache/flink/flink-(cep|connector-base|connector-kafka)|org/apache/kafka/[^/]+"
          + "|org/postgresql/[^/]+|com/fasterxml/jackson/[^/]+/[^/]+|info/picocli/[^/]+)/[^/]+/[^/]+\\.jar");

  public FlinkClasspaths {
    cluster = List.copyOf(cluster);
    user = List.copyOf(user);
  }

  /**
   * @param runtimeClasspath the module's runtime classpath (jars of the local Maven repository)
   * @param reporters extra {@code lib/} jars, e.g. the Prometheus metric reporter
   */
  public static FlinkClasspaths split(List<Path> runtimeClasspath, List<Path> reporters) {
    List<Path> cluster = new ArrayList<>();
    List<Path> user = new ArrayList<>();
    for (Path jar : runtimeClasspath) {
      String path = jar.toString().replace(File.separatorChar, '/');
      if (!USER_ONLY.matcher(path).matches()) {
        cluster.add(jar);
      }
      if (!CLUSTER_ONLY.matcher(path).matches()) {
        user.add(jar);
      }
    }
    cluster.addAll(reporters);
    return new FlinkClasspaths(cluster, user);
  }

  /** Reads {@code target/runtime-classpath.txt}, which the parent build writes at {@code package}. */
  public static List<Path> readClasspathFile(Path file) throws IOException {
    String text = Files.readString(file).trim();
    if (text.isEmpty()) {
      throw new IOException(file + " is empty");
    }
    return Arrays.stream(text.split(File.pathSeparator)).map(Path::of).toList();
  }

  /** The entry of {@code classpath} (e.g. {@code java.class.path}) whose file name starts with {@code artifactPrefix}. */
  public static Path findJar(String classpath, String artifactPrefix) {
    return Arrays.stream(classpath.split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName().toString().startsWith(artifactPrefix) && p.toString().endsWith(".jar"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + artifactPrefix + "*.jar on the classpath"));
  }
}
