package io.emoticctv.job.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs a benchmark main in a JVM of its own: {@code exec:java} runs mains inside Maven's JVM, in
 * a class loader that Flink's local cluster does not deserialize the job with.
 */
final class OwnJvm {
  private OwnJvm() {}

  /** True when {@code main} was loaded by the system class loader, i.e. already runs in its own JVM. */
  static boolean isOwn(Class<?> main) {
    return main.getClassLoader() == ClassLoader.getSystemClassLoader();
  }

  /**
   * Runs a benchmark and ends the JVM with its exit code, or 1 when it throws: the embedded broker
   * and database keep non-daemon threads, so without this a failed run would hang.
   */
  static void exitWith(Callable<Integer> benchmark) {
    int code;
    try {
      code = benchmark.call();
    } catch (Throwable e) {
      e.printStackTrace();
      code = 1;
    }
    System.exit(code);
  }

  /** Starts {@code main} with the same classpath, waits, and returns its exit code. */
  static int run(Class<?> main, String[] args) throws Exception {
    List<String> classpath = new ArrayList<>();
    for (ClassLoader l = main.getClassLoader(); l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          classpath.add(Path.of(url.toURI()).toString());
        }
      }
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g",
        "-Dai.djl.offline=true",
        "-Demoticctv.repo=" + System.getProperty("emoticctv.repo", "..")));
    for (String forwarded : List.of("ai.djl.pytorch.num_threads", "emoticctv.model")) {
      String value = System.getProperty(forwarded);
      if (value != null) {
        command.add("-D" + forwarded + "=" + value);
      }
    }
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}
