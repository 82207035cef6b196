package io.emoticctv.infra.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Starts a server once for a test JVM, in a fresh temporary directory, stopped when it exits. */
final class JvmScopedServers {
  private JvmScopedServers() {}

  static <T extends AutoCloseable> T startInTempDir(String name, Function<Path, T> start) {
    T server;
    try {
      server = start.apply(Files.createTempDirectory("emoticctv-" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("stopping " + name + ": " + e.getMessage());
      }
    }, name + "-shutdown"));
    return server;
  }
}
