package io.emoticctv.infra.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Picks loopback ports nobody listens on, for servers that must be told their port up front. */
public final class FreePorts {
  private FreePorts() {}

  public static int pick() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code port} itself, or a free port when it is 0. */
  public static int orPick(int port) {
    return port == 0 ? pick() : port;
  }
}
