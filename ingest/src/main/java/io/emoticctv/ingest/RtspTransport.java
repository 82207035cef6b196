package io.emoticctv.ingest;

import java.util.Locale;

/** How an RTSP camera's RTP packets travel (config key {@code camera.<id>.rtsp-transport}). */
public enum RtspTransport {
  /** Interleaved in the RTSP connection: one TCP port, through firewalls and NAT, no loss. */
  TCP,
  /** Separate UDP ports: lower latency on a clean LAN, but lost packets are lost frames. */
  UDP;

  /** The config and FFmpeg spelling: lower case. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RtspTransport parse(String value) {
    for (RtspTransport transport : values()) {
      if (transport.key().equals(value)) {
        return transport;
      }
    }
    throw new IllegalArgumentException("unknown RTSP transport '" + value + "' (known: tcp, udp)");
  }
}
