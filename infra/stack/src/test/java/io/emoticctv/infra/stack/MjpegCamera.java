package io.emoticctv.infra.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * A network camera on this machine: an HTTP MJPEG stream (multipart/x-mixed-replace, as IP
 * cameras serve it) of a sample clip's frames, looped at a fixed frame rate.
 */
final class MjpegCamera implements AutoCloseable {
  private static final String BOUNDARY = "frame";
  private final List<byte[]> jpegs;
  private final long frameMillis;
  private final HttpServer server;

  private MjpegCamera(List<byte[]> jpegs, int fps) throws IOException {
    this.jpegs = jpegs;
    this.frameMillis = 1000L / fps;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/stream.mjpg", this::stream);
    server.start();
  }

  /** Serves the frames of a video file at {@code fps}. */
  static MjpegCamera of(Path clip, int fps) throws IOException {
    return new MjpegCamera(jpegFrames(clip), fps);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/stream.mjpg";
  }

  private void stream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=" + BOUNDARY);
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; ; i = (i + 1) % jpegs.size()) {
        byte[] jpeg = jpegs.get(i);
        out.write(("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(frameMillis);
      }
    } catch (IOException | InterruptedException clientLeftOrStopped) {
      // the viewer closed the stream; the next one starts from the first frame
    }
  }

  private static List<byte[]> jpegFrames(Path clip) throws IOException {
    List<byte[]> frames = new ArrayList<>();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile());
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      grabber.start();
      for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage()) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(converter.convert(frame), "jpg", jpeg);
        frames.add(jpeg.toByteArray());
      }
      grabber.stop();
    }
    return frames;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
