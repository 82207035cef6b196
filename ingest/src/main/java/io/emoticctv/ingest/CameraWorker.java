package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one camera: its own thread connects, grabs, paces (files), samples and hands the sampled
 * frames over to the camera's analysis thread (detect → track → gate → publish); on failure it
 * reports OFFLINE and reconnects with {@link Backoff}. The hand-off ({@link FrameHandOff}) drops
 * the oldest frames when analysis falls behind, so decoding keeps up with the source and what is
 * published stays in real time; drops are counted in the status. Nothing a camera does can stop the
 * other cameras: each has its own threads, detector and decoder.
 */
final class CameraWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(CameraWorker.class);

  /** After this many unreadable frames in a row the source is treated as broken and reopened. */
  static final int MAX_UNREADABLE_IN_A_ROW = 25;

  private final CameraConfig camera;
  private final FrameSource.Opener opener;
  private final Function<CameraConfig, FaceDetector> detectors;
  private final CameraSinks sinks;
  private final CountDownLatch stopSignal;
  private final AnalysisSettings settings;
  private final PreviewThrottle previewThrottle; // null: previews off
  private final CameraMeter meter;
  private int failuresInARow;

  /**
   * A sampled frame waiting for analysis; with its colour only when a preview was due as it was
   * captured, so the colour is copied for previews, not for every analysed frame.
   */
  private record Captured(long captureTime, ColourFrame frame, boolean previewDue) {}

  private enum StreamEnd {
    STOP_REQUESTED,
    FILE_FINISHED,
    STREAM_DROPPED
  }

  CameraWorker(
      CameraConfig camera,
      FrameSource.Opener opener,
      Function<CameraConfig, FaceDetector> detectors,
      AnalysisSettings settings,
      CameraSinks sinks,
      CountDownLatch stopSignal) {
    this.camera = camera;
    this.opener = opener;
    this.detectors = detectors;
    this.settings = settings;
    this.sinks = sinks;
    this.stopSignal = stopSignal;
    this.previewThrottle =
        settings.previews().enabled() ? new PreviewThrottle(settings.previews().perSecond()) : null;
    this.meter = new CameraMeter(camera.id(), System.currentTimeMillis());
  }

  CameraConfig camera() {
    return camera;
  }

  /**
   * Track ids start from the clock (1,000 per millisecond) so a restarted agent does not reuse the
   * ids of faces it published before.
   */
  static long firstTrackId(long nowMillis) {
    return nowMillis * 1_000;
  }

  /** Sends the camera's current status, and returns it. */
  CameraStatus reportStatus() {
    return meter.report(System.currentTimeMillis(), sinks.statuses());
  }

  @Override
  public void run() {
    reportStatus();
    try (FaceDetector detector = detectors.apply(camera)) {
      FrameAnalyser analyser =
          new FrameAnalyser(
              detector,
              new FaceTracker(
                  FaceTracker.DEFAULT_MIN_IOU,
                  FaceTracker.DEFAULT_MAX_MISSED_FRAMES,
                  firstTrackId(System.currentTimeMillis())),
              settings.gate());
      FrameHandOff<Captured> handOff = new FrameHandOff<>(FrameHandOff.DEFAULT_CAPACITY);
      Thread analysis =
          new Thread(() -> analyseUntilClosed(handOff, analyser), "analysis-" + camera.id());
      analysis.start();
      try {
        while (!stopRequested()) {
          changeState(CameraState.CONNECTING, null);
          if (connectAndStream(handOff)) {
            break;
          }
          if (waitForStop(Backoff.delayMs(failuresInARow))) {
            break;
          }
        }
      } finally {
        // The detector is closed after this block: its last user must be gone.
        handOff.close();
        joinUninterruptibly(analysis);
      }
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: the native detector libraries failing to load, a deployment fault to show.
      LOG.error("camera {}: cannot run face detection", camera.id(), e);
      meter.state(CameraState.OFFLINE, "cannot run face detection: " + e);
    }
    changeState(CameraState.STOPPED, null);
  }

  /**
   * One connection's life. Returns true when the camera is done (stop requested or file finished).
   */
  private boolean connectAndStream(FrameHandOff<Captured> handOff) {
    try (FrameSource source = opener.open(camera)) {
      changeState(CameraState.ONLINE, null);
      LOG.info(
          "camera {}: online, {} at {} fps", camera.id(), camera.safeUrl(), source.frameRate());
      switch (stream(source, handOff)) {
        case STOP_REQUESTED:
          return true;
        case FILE_FINISHED:
          LOG.info("camera {}: {} ended", camera.id(), camera.safeUrl());
          return true;
        default:
          failed("stream ended");
          return false;
      }
    } catch (IOException | RuntimeException e) {
      // RuntimeException too: a surprise from native code on one camera must not kill its thread.
      failed(e instanceof IOException ? e.getMessage() : e.toString());
      return false;
    }
  }

  private void failed(String error) {
    failuresInARow++;
    LOG.warn(
        "camera {}: offline ({}); retrying in {} ms",
        camera.id(),
        error,
        Backoff.delayMs(failuresInARow));
    changeState(CameraState.OFFLINE, error);
  }

  private StreamEnd stream(FrameSource source, FrameHandOff<Captured> handOff) throws IOException {
    // A file is paced to its own frame rate, so counting frames is exact; a live stream's
    // announced rate may be wrong, so its frames are picked by arrival time.
    FrameSampler sampler = new FrameSampler(source.frameRate(), camera.analysisFps());
    ArrivalSampler arrivals = new ArrivalSampler(camera.analysisFps());
    FramePacer pacer =
        camera.isLocalFile() ? new FramePacer(source.frameRate(), System.nanoTime()) : null;
    long frameIndex = 0;
    long framesSinceRewind = 0;
    int unreadableInARow = 0;
    while (!stopRequested()) {
      boolean grabbed;
      try {
        grabbed = source.grab();
      } catch (IOException e) {
        meter.frameSkipped(e.getMessage());
        if (++unreadableInARow >= MAX_UNREADABLE_IN_A_ROW) {
          throw new IOException(
              unreadableInARow + " unreadable frames in a row; last: " + e.getMessage(), e);
        }
        continue;
      }
      if (!grabbed) {
        if (!camera.isLocalFile()) {
          return StreamEnd.STREAM_DROPPED;
        }
        if (!camera.loop()) {
          return StreamEnd.FILE_FINISHED;
        }
        if (framesSinceRewind == 0) {
          throw new IOException("no frames in " + camera.safeUrl());
        }
        source.rewind();
        framesSinceRewind = 0;
        continue;
      }
      unreadableInARow = 0;
      framesSinceRewind++;
      if (pacer != null
          && waitForStop(TimeUnit.NANOSECONDS.toMillis(pacer.waitNanos(System.nanoTime())))) {
        return StreamEnd.STOP_REQUESTED;
      }
      long captureTime = System.currentTimeMillis();
      meter.frameIn(captureTime);
      failuresInARow = 0;
      boolean sampled =
          pacer != null
              ? sampler.shouldAnalyse(frameIndex++)
              : arrivals.shouldAnalyse(System.nanoTime());
      if (sampled) {
        handOver(source, handOff, captureTime);
      }
    }
    return StreamEnd.STOP_REQUESTED;
  }

  private void handOver(FrameSource source, FrameHandOff<Captured> handOff, long captureTime) {
    boolean previewDue = previewThrottle != null && previewThrottle.due(captureTime);
    ColourFrame frame;
    try {
      frame = previewDue ? source.colour() : ColourFrame.gray(source.gray());
    } catch (IOException e) {
      meter.frameSkipped(e.getMessage());
      return;
    }
    meter.framesDropped(handOff.put(new Captured(captureTime, frame, previewDue)));
  }

  /** The analysis thread: until the hand-off is closed and drained, or a stop is requested. */
  private void analyseUntilClosed(FrameHandOff<Captured> handOff, FrameAnalyser analyser) {
    try {
      Captured next;
      while ((next = handOff.take()) != null && !stopRequested()) {
        analyse(analyser, next);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void analyse(FrameAnalyser analyser, Captured captured) {
    FrameAnalyser.Result result;
    try {
      result = analyser.analyse(camera.id(), captured.captureTime(), captured.frame().luma());
    } catch (RuntimeException e) {
      // A surprise from native detection code on one frame must not end the camera.
      LOG.warn("camera {}: cannot analyse a frame", camera.id(), e);
      meter.frameSkipped("analysis failed: " + e);
      return;
    }
    result.faces().forEach(sinks.faces());
    meter.frameAnalysed(result.faces().size(), result.rejected());
    // Throttled on the capture time, as in handOver: a frame due then is still due now unless a
    // frame before it took the preview (or it is dropped, and the next frame is due instead).
    if (captured.previewDue() && previewThrottle.allow(captured.captureTime())) {
      sinks
          .previews()
          .accept(
              PreviewMaker.make(
                  camera.id(),
                  captured.captureTime(),
                  captured.frame(),
                  result.seen(),
                  camera.privacyBlur(),
                  settings.previews().maxSide()));
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void changeState(CameraState state, String error) {
    if (meter.state() != state || error != null) {
      meter.state(state, error);
      reportStatus();
    }
  }

  private boolean stopRequested() {
    return stopSignal.getCount() == 0;
  }

  /** Sleeps up to {@code millis}; returns true if a stop was requested meanwhile. */
  private boolean waitForStop(long millis) {
    if (millis <= 0) {
      return stopRequested();
    }
    try {
      return stopSignal.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
