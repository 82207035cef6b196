package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a set of cameras, one thread each, and reports every camera's status on a timer (and at once
 * when its state changes). {@link #close()} stops the cameras, which report STOPPED, then releases
 * whatever the agent owns (the Kafka publishers, for {@link #withKafka}).
 */
public final class IngestAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestAgent.class);
  public static final Duration STATUS_INTERVAL = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final List<CameraWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final ScheduledExecutorService statusTimer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "status-reporter");
            t.setDaemon(true);
            return t;
          });
  private final Duration statusInterval;
  private final List<AutoCloseable> owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param detectors makes each camera's own detector, on that camera's thread
   * @param owned closed, in order, after the cameras have stopped
   */
  public IngestAgent(
      List<CameraConfig> cameras,
      FrameSource.Opener opener,
      Function<CameraConfig, FaceDetector> detectors,
      Consumer<FaceRecord> faceSink,
      Consumer<CameraStatus> statusSink,
      Duration statusInterval,
      List<AutoCloseable> owned) {
    this.statusInterval = statusInterval;
    this.owned = List.copyOf(owned);
    for (CameraConfig camera : cameras) {
      workers.add(new CameraWorker(camera, opener, detectors, faceSink, statusSink, stopSignal));
    }
  }

  /** The production wiring: FFmpeg sources, each camera's configured detector, Kafka publishers. */
  public static IngestAgent withKafka(IngestConfig config) {
    FacePublisher faces = new FacePublisher(config.bootstrapServers(), config.facesTopic());
    CameraStatusPublisher statuses =
        new CameraStatusPublisher(config.bootstrapServers(), config.statusTopic());
    return new IngestAgent(
        config.cameras(),
        FfmpegFrameSource::open,
        camera -> camera.detector().create(camera.minFacePx()),
        faces::publish,
        statuses::publish,
        STATUS_INTERVAL,
        List.of(faces, statuses));
  }

  public IngestAgent start() {
    for (CameraWorker worker : workers) {
      Thread thread = new Thread(worker, "camera-" + worker.camera().id());
      threads.add(thread);
      thread.start();
    }
    long period = statusInterval.toMillis();
    statusTimer.scheduleAtFixedRate(this::reportAll, period, period, TimeUnit.MILLISECONDS);
    LOG.info("ingest agent started with {} camera(s)", workers.size());
    return this;
  }

  private void reportAll() {
    for (CameraWorker worker : workers) {
      try {
        worker.reportStatus();
      } catch (RuntimeException e) {
        LOG.warn("camera {}: cannot report status", worker.camera().id(), e);
      }
    }
  }

  /** Waits until every camera has stopped (files without loop end by themselves). */
  public boolean awaitCameras(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread thread : threads) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedJoin(thread, left);
      if (thread.isAlive()) {
        return false;
      }
    }
    return true;
  }

  /** Stops the cameras (each reports STOPPED), then flushes and closes what the agent owns. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    statusTimer.shutdownNow();
    stopSignal.countDown();
    try {
      if (!awaitCameras(STOP_TIMEOUT)) {
        LOG.warn("some cameras did not stop within {}", STOP_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("cannot close {}", resource, e);
      }
    }
    LOG.info("ingest agent stopped");
  }
}
