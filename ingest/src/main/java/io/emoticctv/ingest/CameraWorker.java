package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one camera on its own thread: connect → grab → sample → (pace) → analyse → publish, and on
 * failure report OFFLINE and reconnect with {@link Backoff}. Nothing a camera does can stop the
 * other cameras: each has its own thread, detector and decoder.
 */
final class CameraWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(CameraWorker.class);

  /** After this many unreadable frames in a row the source is treated as broken and reopened. */
  static final int MAX_UNREADABLE_IN_A_ROW = 25;

  private final CameraConfig camera;
  private final FrameSource.Opener opener;
  private final Function<CameraConfig, FaceDetector> detectors;
  private final Consumer<FaceRecord> faceSink;
  private final Consumer<CameraStatus> statusSink;
  private final CountDownLatch stopSignal;
  private final CameraMeter meter;
  private int failuresInARow;

  private enum StreamEnd {
    STOP_REQUESTED,
    FILE_FINISHED,
    STREAM_DROPPED
  }

  CameraWorker(
      CameraConfig camera,
      FrameSource.Opener opener,
      Function<CameraConfig, FaceDetector> detectors,
      Consumer<FaceRecord> faceSink,
      Consumer<CameraStatus> statusSink,
      CountDownLatch stopSignal) {
    this.camera = camera;
    this.opener = opener;
    this.detectors = detectors;
    this.faceSink = faceSink;
    this.statusSink = statusSink;
    this.stopSignal = stopSignal;
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

  /** Sends the camera's current status. */
  void reportStatus() {
    meter.report(System.currentTimeMillis(), statusSink);
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
                  firstTrackId(System.currentTimeMillis())));
      while (!stopRequested()) {
        changeState(CameraState.CONNECTING, null);
        if (connectAndStream(analyser)) {
          break;
        }
        if (waitForStop(Backoff.delayMs(failuresInARow))) {
          break;
        }
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
  private boolean connectAndStream(FrameAnalyser analyser) {
    try (FrameSource source = opener.open(camera)) {
      changeState(CameraState.ONLINE, null);
      LOG.info(
          "camera {}: online, {} at {} fps", camera.id(), camera.safeUrl(), source.frameRate());
      switch (stream(source, analyser)) {
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

  private StreamEnd stream(FrameSource source, FrameAnalyser analyser) throws IOException {
    FrameSampler sampler = new FrameSampler(source.frameRate(), camera.analysisFps());
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
      if (sampler.shouldAnalyse(frameIndex++)) {
        analyse(source, analyser, captureTime);
      }
    }
    return StreamEnd.STOP_REQUESTED;
  }

  private void analyse(FrameSource source, FrameAnalyser analyser, long captureTime) {
    GrayFrame frame;
    try {
      frame = source.gray();
    } catch (IOException e) {
      meter.frameSkipped(e.getMessage());
      return;
    }
    FrameAnalyser.Result result = analyser.analyse(camera.id(), captureTime, frame);
    result.faces().forEach(faceSink);
    meter.frameAnalysed(result.faces().size(), result.rejected());
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
