package io.emoticctv.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * An IP camera's HTTP side on this machine for tests (JDK HttpServer): {@code /camera.mjpg} streams
 * a clip's frames as {@code multipart/x-mixed-replace} JPEGs in real time, looping; {@code
 * /hls/index.m3u8} serves the clip as HLS (made once with FFmpeg's HLS muxer, H.264 copied); {@code
 * /index.html} is a web page, not a video. {@link #close()} cuts every client at once.
 */
public final class HttpTestCamera implements AutoCloseable {
  static final String BOUNDARY = "frame";

  private final HttpServer server;
  private final List<byte[]> jpegs;
  private final double fps;
  private final Path hlsDir;
  private volatile boolean closed;

  private HttpTestCamera(HttpServer server, List<byte[]> jpegs, double fps, Path hlsDir) {
    this.server = server;
    this.jpegs = jpegs;
    this.fps = fps;
    this.hlsDir = hlsDir;
    server.createContext("/camera.mjpg", this::mjpeg);
    server.createContext("/index.html", this::page);
    if (hlsDir != null) {
      server.createContext("/hls/", this::hls);
    }
    server.start();
  }

  /** The clip's frames as JPEGs, and its frame rate. */
  public record Jpegs(List<byte[]> frames, double fps) {
    public static Jpegs of(Path clip) throws IOException {
      List<byte[]> frames = new ArrayList<>();
      try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toString());
          Java2DFrameConverter converter = new Java2DFrameConverter()) {
        grabber.start();
        Frame frame;
        while ((frame = grabber.grabImage()) != null) {
          BufferedImage image = converter.convert(frame);
          ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
          ImageIO.write(image, "jpg", jpeg);
          frames.add(jpeg.toByteArray());
        }
        return new Jpegs(frames, grabber.getVideoFrameRate());
      }
    }
  }

  /** Writes the clip as HLS (1 s segments, a complete playlist) into {@code dir}. */
  static Path writeHls(Path clip, Path dir) throws IOException {
    Path playlist = dir.resolve("index.m3u8");
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toString())) {
      grabber.start();
      try (FFmpegFrameRecorder recorder =
          new FFmpegFrameRecorder(
              playlist.toString(), grabber.getImageWidth(), grabber.getImageHeight(), 0)) {
        recorder.setFormat("hls");
        recorder.setOption("hls_time", "1");
        recorder.setOption("hls_list_size", "0");
        recorder.setOption("hls_playlist_type", "vod");
        recorder.start(grabber.getFormatContext());
        AVPacket packet;
        while ((packet = grabber.grabPacket()) != null) {
          if (packet.stream_index() == grabber.getVideoStream()) {
            recorder.recordPacket(packet);
          }
        }
      }
    }
    return playlist;
  }

  /** Serves on {@code port} of 127.0.0.1 (0: any free port); HLS too when {@code hlsDir} is set. */
  public static HttpTestCamera start(Jpegs jpegs, Path hlsDir, int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(daemonThreads()));
    return new HttpTestCamera(server, jpegs.frames(), jpegs.fps(), hlsDir);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "http-test-camera");
      t.setDaemon(true);
      return t;
    };
  }

  int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  private void mjpeg(HttpExchange exchange) throws IOException {
    exchange
        .getResponseHeaders()
        .set("Content-Type", "multipart/x-mixed-replace;boundary=" + BOUNDARY);
    exchange.sendResponseHeaders(200, 0);
    long start = System.nanoTime();
    try (OutputStream out = exchange.getResponseBody()) {
      for (long i = 0; !closed; i++) {
        byte[] jpeg = jpegs.get((int) (i % jpegs.size()));
        out.write(
            ("--"
                    + BOUNDARY
                    + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
                    + jpeg.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        long due = start + Math.round((i + 1) * 1e9 / fps);
        long waitMs = (due - System.nanoTime()) / 1_000_000;
        if (waitMs > 0) {
          Thread.sleep(waitMs);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client left
    }
  }

  private void page(HttpExchange exchange) throws IOException {
    byte[] body = "<html><body>camera admin</body></html>".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void hls(HttpExchange exchange) throws IOException {
    Path file = hlsDir.resolve(exchange.getRequestURI().getPath().substring("/hls/".length()));
    if (!file.normalize().startsWith(hlsDir) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    exchange
        .getResponseHeaders()
        .set(
            "Content-Type",
            file.toString().endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
