package io.emoticctv.ingest;

import io.emoticctv.contracts.ProbeFailure;
import io.emoticctv.contracts.ProbeRequest;
import io.emoticctv.contracts.ProbeResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The portal's "test connection": opens a stream URL, reads one frame and says what it found (size,
 * codec, frame rate and a small JPEG), or why it could not, as a {@link ProbeFailure} kind with a
 * sentence for the admin. The URL is never logged nor repeated in the answer (it may carry
 * credentials). Thread-safe: each probe uses its own decoder.
 */
final class StreamProbe implements AutoCloseable {
  /** The snapshot's longer side, in pixels. */
  static final int SNAPSHOT_MAX_SIDE = 320;

  private final Duration timeout;
  private final LongSupplier clock;
  private final ExecutorService opener =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "stream-probe");
            t.setDaemon(true);
            return t;
          });

  StreamProbe(Duration timeout, LongSupplier clock) {
    this.timeout = timeout;
    this.clock = clock;
  }

  ProbeResult probe(ProbeRequest request) {
    String url = request.sourceUrl().trim();
    Optional<String> urlProblem = ProbeFailures.urlProblem(url);
    if (urlProblem.isPresent()) {
      return failed(request, ProbeFailure.BAD_URL, urlProblem.get());
    }
    Optional<String> host = ProbeFailures.host(url);
    if (host.isPresent()) {
      try {
        InetAddress.getAllByName(host.get());
      } catch (UnknownHostException e) {
        return failed(request, ProbeFailure.DNS, "unknown host " + host.get());
      }
    }
    // FFmpeg's own socket timeout ends a stalled read; the Java deadline also covers a source
    // that trickles bytes without ever completing a frame.
    Future<ProbeResult> reading = opener.submit(() -> read(request, localOrUrl(url)));
    try {
      return reading.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      return failed(request, ProbeFailure.TIMEOUT, "no frame within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      return failed(request, ProbeFailure.OTHER, e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(request, ProbeFailure.OTHER, "the agent is stopping");
    }
  }

  private ProbeResult read(ProbeRequest request, String url) {
    CameraConfig camera = CameraConfig.of("probe", url);
    String micros = Long.toString(timeout.toNanos() / 1_000);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(camera, micros)) {
      if (!source.grab()) {
        return failed(request, ProbeFailure.NOT_VIDEO, "the stream ended before its first frame");
      }
      ColourFrame colour = source.colour();
      GrayFrame frame = colour.luma();
      double fps = source.reportedFrameRate();
      String codec = source.codecName();
      return new ProbeResult(
          ProbeResult.SCHEMA_VERSION,
          request.requestId(),
          true,
          null,
          String.format(
              Locale.ROOT,
              "Read a %dx%d %s frame%s.",
              frame.width(),
              frame.height(),
              codec,
              fps > 0 ? String.format(Locale.ROOT, " at %.3g fps", fps) : ""),
          frame.width(),
          frame.height(),
          codec,
          fps,
          Jpeg.encode(colour.shrunkTo(SNAPSHOT_MAX_SIDE)),
          clock.getAsLong());
    } catch (FfmpegFrameSource.SourceException e) {
      return failed(
          request,
          ProbeFailures.classify(e.ffmpegError()),
          e.getCause() instanceof Exception cause
              ? FfmpegFrameSource.reason(cause)
              : "no video stream");
    } catch (IOException e) {
      return failed(request, ProbeFailure.NOT_VIDEO, "the frame could not be decoded");
    }
  }

  /** A {@code file:} URI as the path FFmpeg opens. */
  private static String localOrUrl(String url) {
    return url.startsWith("file:") ? Path.of(URI.create(url)).toString() : url;
  }

  private ProbeResult failed(ProbeRequest request, ProbeFailure failure, String detail) {
    return new ProbeResult(
        ProbeResult.SCHEMA_VERSION,
        request.requestId(),
        false,
        failure,
        ProbeFailures.message(failure, detail),
        0,
        0,
        null,
        0,
        null,
        clock.getAsLong());
  }

  @Override
  public void close() {
    opener.shutdownNow();
  }
}
