package io.emoticctv.job.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM flags and {@code -D} options Flink's start scripts derive from the memory settings,
 * as {@code org.apache.flink.runtime.util.bash.BashJavaUtils} prints them: of its lines starting
 * {@value #PREFIX}, the first holds the JVM flags ({@code -Xmx… -Xms… -XX:MaxDirectMemorySize=…}),
 * the second the dynamic options ({@code -D key=value …}) the process must get. A TaskManager
 * started without them stops: "taskmanager.cpu.cores is not set".
 */
public record ProcessMemoryParams(List<String> jvmFlags, List<String> dynamicOptions) {
  static final String PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

  public ProcessMemoryParams {
    jvmFlags = List.copyOf(jvmFlags);
    dynamicOptions = List.copyOf(dynamicOptions);
  }

  /** Parses BashJavaUtils' output (logging lines mixed in are skipped). */
  public static ProcessMemoryParams parse(String output) {
    List<String> results = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.startsWith(PREFIX)) {
        results.add(line.substring(PREFIX.length()).trim());
      }
    }
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no " + PREFIX + " line in: " + output);
    }
    List<String> dynamic = results.size() > 1 ? words(results.get(1)) : List.of();
    return new ProcessMemoryParams(words(results.get(0)), dynamic);
  }

  private static List<String> words(String line) {
    return line.isEmpty() ? List.of() : Arrays.asList(line.split("\\s+"));
  }
}
