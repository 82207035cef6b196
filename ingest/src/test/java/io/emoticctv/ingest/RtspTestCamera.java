package io.emoticctv.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal RTSP camera on this machine for tests: serves a sample clip's H.264 (RFC 6184, single
 * NAL units and FU-A fragments) over RTP, interleaved in the RTSP connection (TCP) or to the
 * client's UDP ports, looping in real time. FFmpeg can only receive (its "listen" mode takes an
 * ANNOUNCE'd push), not serve a PLAY, so the tests bring their own server. {@link #close()} cuts
 * every client at once, like a camera losing power.
 */
final class RtspTestCamera implements AutoCloseable {
  private static final int PAYLOAD_TYPE = 96;
  private static final int MAX_PAYLOAD = 1_400;
  private static final Pattern CLIENT_PORTS = Pattern.compile("client_port=(\\d+)-(\\d+)");

  private final ClipPackets clip;
  private final String credentials;
  private final ServerSocket server;
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private RtspTestCamera(ClipPackets clip, String credentials, ServerSocket server) {
    this.clip = clip;
    this.credentials = credentials;
    this.server = server;
    Thread acceptor = new Thread(this::accept, "rtsp-test-camera-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on {@code port} of 127.0.0.1 (0: any free port). */
  static RtspTestCamera start(ClipPackets clip, int port) throws IOException {
    return start(clip, port, null);
  }

  /**
   * A camera that answers DESCRIBE with 401 unless the client sends Basic credentials {@code
   * user:password} (null: no credentials needed).
   */
  static RtspTestCamera start(ClipPackets clip, int port, String credentials) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return new RtspTestCamera(clip, credentials, server);
  }

  int port() {
    return server.getLocalPort();
  }

  String url() {
    return "rtsp://127.0.0.1:" + port() + "/camera";
  }

  private void accept() {
    while (!closed) {
      try {
        Session session = new Session(server.accept());
        sessions.add(session);
        Thread thread = new Thread(session::serve, "rtsp-test-session");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    sessions.forEach(Session::close);
  }

  private String sdp() {
    return String.join(
            "\r\n",
            "v=0",
            "o=- 0 0 IN IP4 127.0.0.1",
            "s=test camera",
            "c=IN IP4 0.0.0.0",
            "t=0 0",
            "m=video 0 RTP/AVP " + PAYLOAD_TYPE,
            "a=rtpmap:" + PAYLOAD_TYPE + " H264/90000",
            "a=fmtp:"
                + PAYLOAD_TYPE
                + " packetization-mode=1;profile-level-id="
                + HexFormat.of().formatHex(clip.sps(), 1, 4)
                + ";sprop-parameter-sets="
                + Base64.getEncoder().encodeToString(clip.sps())
                + ","
                + Base64.getEncoder().encodeToString(clip.pps()),
            // Cameras announce their rate here; FFmpeg takes it rather than estimating it.
            String.format(Locale.ROOT, "a=framerate:%.3f", clip.frameRate()),
            "a=control:trackID=0")
        + "\r\n";
  }

  /** One client connection: its requests, then its RTP stream once it says PLAY. */
  private final class Session {
    private final Socket socket;
    private final OutputStream out;
    private final String id = Long.toString(System.nanoTime() & 0xFFFFFFFL);
    private DatagramSocket rtpSocket;
    private DatagramSocket rtcpSocket;
    private InetSocketAddress clientRtp;
    private volatile boolean ended;
    private int sequence;

    Session(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
    }

    void serve() {
      try (InputStream in = socket.getInputStream()) {
        while (!ended) {
          Map<String, String> request = readRequest(in);
          if (request == null) {
            continue; // an interleaved RTCP report
          }
          handle(request);
        }
      } catch (IOException e) {
        // the client left or the camera was closed
      } finally {
        close();
      }
    }

    /** The request line under key "", headers by lower-case name; null for a binary frame. */
    private Map<String, String> readRequest(InputStream in) throws IOException {
      int first = in.read();
      if (first < 0) {
        throw new EOFException();
      }
      if (first == '$') {
        in.read(); // channel
        int length = (in.read() << 8) | in.read();
        in.readNBytes(length);
        return null;
      }
      Map<String, String> request = new LinkedHashMap<>();
      String line = (char) first + readLine(in);
      request.put("", line);
      while (!(line = readLine(in)).isEmpty()) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          request.put(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).trim());
        }
      }
      int body = Integer.parseInt(request.getOrDefault("content-length", "0"));
      in.readNBytes(body);
      return request;
    }

    private String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != '\n') {
        if (b < 0) {
          throw new EOFException();
        }
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.US_ASCII);
    }

    private void handle(Map<String, String> request) throws IOException {
      String method = request.get("").split(" ")[0];
      String cseq = request.getOrDefault("cseq", "0");
      switch (method) {
        case "OPTIONS" ->
            reply(cseq, "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN, GET_PARAMETER", "");
        case "DESCRIBE" -> {
          if (credentials != null
              && !request
                  .getOrDefault("authorization", "")
                  .equals(
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))) {
            reply(cseq, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"camera\"", "");
          } else {
            reply(cseq, "Content-Base: " + url() + "/\r\nContent-Type: application/sdp", sdp());
          }
        }
        case "SETUP" -> reply(cseq, setup(request.getOrDefault("transport", "")), "");
        case "PLAY" -> {
          reply(cseq, "Session: " + id + "\r\nRange: npt=0.000-", "");
          Thread streamer = new Thread(this::stream, "rtsp-test-stream");
          streamer.setDaemon(true);
          streamer.start();
        }
        case "GET_PARAMETER" -> reply(cseq, "Session: " + id, "");
        case "TEARDOWN" -> {
          reply(cseq, "Session: " + id, "");
          ended = true;
        }
        default -> reply(cseq, null, "");
      }
    }

    private String setup(String transport) throws IOException {
      String session = "Session: " + id + ";timeout=60\r\n";
      if (transport.contains("RTP/AVP/TCP")) {
        return session + "Transport: RTP/AVP/TCP;unicast;interleaved=0-1";
      }
      Matcher ports = CLIENT_PORTS.matcher(transport);
      if (!ports.find()) {
        throw new IOException("SETUP without client ports: " + transport);
      }
      bindPortPair();
      clientRtp =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(ports.group(1)));
      return session
          + "Transport: RTP/AVP;unicast;client_port="
          + ports.group(1)
          + "-"
          + ports.group(2)
          + ";server_port="
          + rtpSocket.getLocalPort()
          + "-"
          + rtcpSocket.getLocalPort();
    }

    /** RTP on an even port and RTCP on the next, as clients expect. */
    private void bindPortPair() throws SocketException {
      for (int attempt = 0; attempt < 50; attempt++) {
        DatagramSocket rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        int port = rtp.getLocalPort();
        if (port % 2 == 0) {
          try {
            rtcpSocket = new DatagramSocket(port + 1, InetAddress.getLoopbackAddress());
            rtpSocket = rtp;
            return;
          } catch (SocketException taken) {
            // try another pair
          }
        }
        rtp.close();
      }
      throw new SocketException("no free UDP port pair");
    }

    private void reply(String cseq, String headers, String body) throws IOException {
      reply(cseq, headers == null ? "501 Not Implemented" : "200 OK", headers, body);
    }

    private void reply(String cseq, String status, String headers, String body) throws IOException {
      StringBuilder text = new StringBuilder("RTSP/1.0 " + status + "\r\nCSeq: " + cseq + "\r\n");
      if (headers != null && !headers.isEmpty()) {
        text.append(headers).append("\r\n");
      }
      byte[] bodyBytes = body.getBytes(StandardCharsets.US_ASCII);
      text.append("Content-Length: ").append(bodyBytes.length).append("\r\n\r\n");
      synchronized (out) {
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(bodyBytes);
        out.flush();
      }
    }

    /** Sends the clip in a loop, in real time, until the session ends. */
    private void stream() {
      long start = System.nanoTime();
      try {
        for (long loop = 0; !ended; loop++) {
          long loopStartMs = loop * clip.durationMs();
          for (ClipPackets.AccessUnit unit : clip.units()) {
            long dueNanos = start + (loopStartMs + unit.sendAtMs()) * 1_000_000;
            long waitMs = (dueNanos - System.nanoTime()) / 1_000_000;
            if (waitMs > 0) {
              Thread.sleep(waitMs);
            }
            if (ended) {
              return;
            }
            long timestamp = (loopStartMs + unit.ptsMs()) * 90;
            if (unit.keyFrame()) {
              sendNal(clip.sps(), timestamp, false);
              sendNal(clip.pps(), timestamp, false);
            }
            for (int i = 0; i < unit.nals().size(); i++) {
              sendNal(unit.nals().get(i), timestamp, i == unit.nals().size() - 1);
            }
          }
        }
      } catch (IOException | InterruptedException e) {
        close();
      }
    }

    /** One NAL unit: as it is when it fits a packet, else in FU-A fragments. */
    private void sendNal(byte[] nal, long timestamp, boolean lastOfFrame) throws IOException {
      if (nal.length <= MAX_PAYLOAD) {
        sendRtp(nal, 0, nal.length, null, timestamp, lastOfFrame);
        return;
      }
      byte indicator = (byte) ((nal[0] & 0xE0) | 28);
      int type = nal[0] & 0x1F;
      for (int offset = 1; offset < nal.length; offset += MAX_PAYLOAD - 2) {
        int length = Math.min(MAX_PAYLOAD - 2, nal.length - offset);
        boolean first = offset == 1;
        boolean last = offset + length == nal.length;
        byte header = (byte) ((first ? 0x80 : 0) | (last ? 0x40 : 0) | type);
        sendRtp(
            nal, offset, length, new byte[] {indicator, header}, timestamp, last && lastOfFrame);
      }
    }

    private void sendRtp(
        byte[] data, int offset, int length, byte[] prefix, long timestamp, boolean marker)
        throws IOException {
      int prefixLength = prefix == null ? 0 : prefix.length;
      byte[] packet = new byte[12 + prefixLength + length];
      packet[0] = (byte) 0x80;
      packet[1] = (byte) ((marker ? 0x80 : 0) | PAYLOAD_TYPE);
      int seq = sequence++ & 0xFFFF;
      packet[2] = (byte) (seq >> 8);
      packet[3] = (byte) seq;
      for (int i = 0; i < 4; i++) {
        packet[4 + i] = (byte) (timestamp >> (24 - 8 * i));
        packet[8 + i] = (byte) (0x1234_5678 >> (24 - 8 * i));
      }
      if (prefix != null) {
        System.arraycopy(prefix, 0, packet, 12, prefixLength);
      }
      System.arraycopy(data, offset, packet, 12 + prefixLength, length);
      if (rtpSocket != null) {
        rtpSocket.send(new DatagramPacket(packet, packet.length, clientRtp));
        return;
      }
      synchronized (out) {
        out.write(new byte[] {'$', 0, (byte) (packet.length >> 8), (byte) packet.length});
        out.write(packet);
        out.flush();
      }
    }

    void close() {
      ended = true;
      sessions.remove(this);
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
      if (rtpSocket != null) {
        rtpSocket.close();
        rtcpSocket.close();
      }
    }
  }
}
