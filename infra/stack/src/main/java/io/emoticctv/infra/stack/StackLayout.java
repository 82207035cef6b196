package io.emoticctv.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the built modules are in a checkout. Each runnable module's build leaves its classes in
 * {@code target/classes} and its dependency list in {@code target/runtime-classpath.txt}.
 */
public record StackLayout(Path repoRoot) {

  public static final String FAST_MODEL = "models/weights/fast-v2";

  /** The checkout that holds this module: {@code emoticctv.home}, else two levels up from here. */
  public static StackLayout fromWorkingDirectory() {
    String home = System.getProperty("emoticctv.home");
    Path root = home != null ? Path.of(home) : Path.of("").toAbsolutePath().getParent().getParent();
    return new StackLayout(root.toAbsolutePath().normalize());
  }

  /** The class path to run {@code module} in its own JVM. */
  public String classpath(String module) {
    Path target = repoRoot.resolve(module).resolve("target");
    Path dependencies = target.resolve("runtime-classpath.txt");
    if (!Files.isRegularFile(dependencies)) {
      throw new IllegalStateException(
          module + " is not built (" + dependencies + " missing): run `mvn install -DskipTests` first");
    }
    try {
      return target.resolve("classes") + java.io.File.pathSeparator + Files.readString(dependencies).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path demoClips() {
    return repoRoot.resolve("infra/stack/demo");
  }

  public Path fastModel() {
    return repoRoot.resolve(FAST_MODEL);
  }

  /** The sibling folder with datasets and sample media, when present. */
  public Path shared() {
    return Path.of(System.getProperty("emoticctv.shared", repoRoot.resolveSibling("shared").toString()));
  }
}
