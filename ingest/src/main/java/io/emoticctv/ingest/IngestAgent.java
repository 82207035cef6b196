package io.emoticctv.ingest;

import io.emoticctv.contracts.MalformedRecordException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a set of cameras, one thread each, and reports every camera's status on a timer (and at once
 * when its state changes). The cameras are those of the properties file plus, when it follows the
 * portal's {@code cameras} topic, those the portal adds, changes and removes while it runs: each
 * change starts, restarts or stops that one camera and no other. {@link #close()} stops the
 * follower and the cameras, which report STOPPED, then releases whatever the agent owns (the Kafka
 * publishers, for {@link #withKafka}).
 */
public final class IngestAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestAgent.class);
  public static final Duration STATUS_INTERVAL = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  /** More cameras than this on one agent would starve them all; further ones are refused. */
  static final int MAX_CAMERAS = 256;

  private record RunningCamera(CameraWorker worker, Thread thread, CountDownLatch stopSignal) {}

  private final List<CameraConfig> fileCameras;
  private final Set<String> fileCameraIds;
  private final Set<String> shadowedLogged = new HashSet<>(); // the follower thread's only
  private final FrameSource.Opener opener;
  private final Function<CameraConfig, FaceDetector> detectors;
  private final AnalysisSettings settings;
  private final CameraSinks sinks;
  private final Map<String, RunningCamera> cameras = new LinkedHashMap<>(); // guarded by this
  private final ScheduledExecutorService statusTimer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "status-reporter");
            t.setDaemon(true);
            return t;
          });
  private final Duration statusInterval;
  private final List<AutoCloseable> owned;
  private final CountDownLatch closedSignal = new CountDownLatch(1);
  private TopicFollower follower; // guarded by this
  private final List<TopicFollower> sideFollowers = new ArrayList<>(); // guarded by this
  private boolean started; // guarded by this
  private boolean closed; // guarded by this

  /**
   * @param cameras the cameras of the properties file
   * @param detectors makes each camera's own detector, on that camera's thread
   * @param owned closed, in order, after the cameras have stopped
   */
  public IngestAgent(
      List<CameraConfig> cameras,
      FrameSource.Opener opener,
      Function<CameraConfig, FaceDetector> detectors,
      AnalysisSettings settings,
      CameraSinks sinks,
      Duration statusInterval,
      List<AutoCloseable> owned) {
    this.fileCameras = List.copyOf(cameras);
    this.opener = opener;
    this.detectors = detectors;
    this.settings = settings;
    this.sinks = sinks;
    this.statusInterval = statusInterval;
    this.owned = List.copyOf(owned);
    this.fileCameraIds =
        fileCameras.stream().map(CameraConfig::id).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The production wiring: FFmpeg sources, each camera's configured detector, Kafka publishers, the
   * portal's cameras topic when {@code cameras.from-topic=true}, the portal's connection probes
   * when {@code probes.enabled=true}, and the alerts and rules topics when the site has a sound or
   * a speaker.
   */
  public static IngestAgent withKafka(IngestConfig config) {
    FacePublisher faces = new FacePublisher(config.bootstrapServers(), config.facesTopic());
    CameraStatusPublisher statuses =
        new CameraStatusPublisher(config.bootstrapServers(), config.statusTopic());
    PreviewPublisher previews =
        new PreviewPublisher(config.bootstrapServers(), config.previewsTopic());
    List<AutoCloseable> owned = new ArrayList<>();
    ProbeResponder probes = null;
    if (config.probesEnabled()) {
      ProbeResultPublisher results =
          new ProbeResultPublisher(config.bootstrapServers(), config.probeResultsTopic());
      probes =
          new ProbeResponder(
              config.bootstrapServers(),
              config.probesTopic(),
              new StreamProbe(config.probeTimeout(), System::currentTimeMillis),
              results::publish);
      owned.add(probes); // stops asking before its publisher closes
      owned.add(results);
    }
    owned.addAll(List.of(faces, statuses, previews));
    IngestAgent agent =
        new IngestAgent(
            config.cameras(),
            FfmpegFrameSource::open,
            camera ->
                camera
                    .detector()
                    .create(camera.minFacePx(), camera.analysisFps(), config.fullScanIntervalS()),
            new AnalysisSettings(config.quality(), config.previews()),
            new CameraSinks(faces::publish, statuses::publish, previews::publish),
            STATUS_INTERVAL,
            owned);
    if (config.camerasFromTopic()) {
      agent.follow(
          new TopicFollower(
              config.bootstrapServers(),
              config.camerasTopic(),
              "cameras",
              true,
              agent::applyPortalRecord));
    }
    if (config.alarm().enabled()) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      LocalSoundPlayer local = new LocalSoundPlayer(config.alarm().sounds());
      KnownRules rules = new KnownRules();
      SiteAlarm alarm =
          new SiteAlarm(
              agent::runningCameraIds,
              rules::rule,
              camera -> {
                URI speaker = config.alarm().speakerUrls().get(camera);
                return speaker == null ? local : new SpeakerPoster(speaker, http);
              },
              config.alarm().minInterval());
      agent.alsoFollow(
          new TopicFollower(
              config.bootstrapServers(), config.rulesTopic(), "rules", true, rules::onRecord));
      agent.alsoFollow(
          new TopicFollower(
              config.bootstrapServers(),
              config.alertsTopic(),
              "alerts",
              false,
              (camera, value) -> alarm.onRecord(value, System.currentTimeMillis())));
    }
    if (probes != null) {
      probes.start();
    }
    return agent;
  }

  /** Follows the portal's cameras from {@link #start()} until {@link #close()}. */
  synchronized IngestAgent follow(TopicFollower cameraFollower) {
    if (started || follower != null) {
      throw new IllegalStateException("follow() must be called once, before start()");
    }
    follower = cameraFollower;
    return this;
  }

  public IngestAgent start() {
    TopicFollower toStart;
    synchronized (this) {
      if (started) {
        throw new IllegalStateException("already started");
      }
      started = true;
      fileCameras.forEach(this::startCamera);
      toStart = follower;
      sideFollowers.forEach(TopicFollower::start);
    }
    long period = statusInterval.toMillis();
    statusTimer.scheduleAtFixedRate(this::reportAll, period, period, TimeUnit.MILLISECONDS);
    if (toStart != null) {
      toStart.start();
    }
    LOG.info(
        "ingest agent started with {} camera(s) from its properties file{}",
        fileCameras.size(),
        toStart == null ? "" : ", following the portal's cameras");
    return this;
  }

  /**
   * Applies one record of the portal's cameras topic (null value: the camera was removed). A record
   * that cannot be used is logged with the reason and skipped; it never stops the agent.
   */
  void applyPortalRecord(String cameraId, byte[] value) {
    if (cameraId != null && fileCameraIds.contains(cameraId)) {
      if (shadowedLogged.add(cameraId)) {
        LOG.warn(
            "camera {}: set in the properties file, which wins over the portal's cameras topic",
            cameraId);
      }
      return;
    }
    Optional<CameraConfig> wanted;
    try {
      wanted = PortalCameras.wanted(cameraId, value);
    } catch (MalformedRecordException e) {
      LOG.warn("cameras topic: skipped a record for camera {}: {}", cameraId, e.getMessage());
      return;
    }
    CameraConfig running = runningCamera(cameraId);
    CameraChange change = CameraChange.decide(running, wanted.orElse(null));
    switch (change) {
      case START -> startCamera(wanted.orElseThrow());
      case RESTART -> {
        LOG.info("camera {}: settings changed, restarting it", cameraId);
        stopCamera(cameraId);
        startCamera(wanted.orElseThrow());
      }
      case STOP -> {
        LOG.info("camera {}: removed or disabled in the portal, stopping it", cameraId);
        stopCamera(cameraId);
      }
      case IGNORE -> LOG.debug("camera {}: no change that matters to ingest", cameraId);
    }
  }

  /**
   * Follows one more topic (the alerts and the rules, for the site's speakers) from {@link #start()}
   * until {@link #close()}.
   */
  synchronized IngestAgent alsoFollow(TopicFollower sideFollower) {
    if (started) {
      throw new IllegalStateException("alsoFollow() must be called before start()");
    }
    sideFollowers.add(sideFollower);
    return this;
  }

  /** The ids of the cameras running now. */
  synchronized Set<String> runningCameraIds() {
    return Set.copyOf(cameras.keySet());
  }

  /** The settings the camera runs with, or null when the agent does not run it. */
  synchronized CameraConfig runningCamera(String cameraId) {
    RunningCamera camera = cameras.get(cameraId);
    return camera == null ? null : camera.worker().camera();
  }

  private synchronized void startCamera(CameraConfig camera) {
    if (closed) {
      return;
    }
    if (cameras.size() >= MAX_CAMERAS) {
      LOG.error("camera {}: not started, this agent already runs {}", camera.id(), MAX_CAMERAS);
      return;
    }
    CountDownLatch stopSignal = new CountDownLatch(1);
    CameraWorker worker = new CameraWorker(camera, opener, detectors, settings, sinks, stopSignal);
    Thread thread = new Thread(worker, "camera-" + camera.id());
    cameras.put(camera.id(), new RunningCamera(worker, thread, stopSignal));
    thread.start();
  }

  /** Stops the camera (it reports STOPPED) and waits for its thread. */
  private void stopCamera(String cameraId) {
    RunningCamera camera;
    synchronized (this) {
      camera = cameras.remove(cameraId);
    }
    if (camera == null) {
      return;
    }
    camera.stopSignal().countDown();
    try {
      if (!join(List.of(camera.thread()), STOP_TIMEOUT)) {
        LOG.warn("camera {}: did not stop within {}", cameraId, STOP_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized List<RunningCamera> cameras() {
    return List.copyOf(cameras.values());
  }

  private void reportAll() {
    for (RunningCamera camera : cameras()) {
      try {
        camera.worker().reportStatus();
      } catch (RuntimeException e) {
        LOG.warn("camera {}: cannot report status", camera.worker().camera().id(), e);
      }
    }
  }

  /**
   * Waits until the agent is done: when it follows the portal's cameras, until {@link #close()}
   * (cameras may be added at any time); otherwise until every camera has stopped (files without
   * loop end by themselves).
   */
  public boolean awaitCameras(Duration timeout) throws InterruptedException {
    boolean following;
    synchronized (this) {
      following = follower != null;
    }
    if (following) {
      return closedSignal.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    return join(cameras().stream().map(RunningCamera::thread).toList(), timeout);
  }

  private static boolean join(List<Thread> threads, Duration timeout) throws InterruptedException {
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

  /**
   * Stops following the portal, stops the cameras (each reports STOPPED), then flushes and closes
   * what the agent owns.
   */
  @Override
  public void close() {
    TopicFollower toClose;
    List<RunningCamera> toStop;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toClose = follower;
    }
    if (toClose != null) {
      toClose.close(); // first, so that it starts no camera while the others stop
    }
    List<TopicFollower> sides;
    synchronized (this) {
      sides = List.copyOf(sideFollowers);
    }
    sides.forEach(TopicFollower::close);
    statusTimer.shutdownNow();
    synchronized (this) {
      toStop = new ArrayList<>(cameras.values());
    }
    toStop.forEach(camera -> camera.stopSignal().countDown());
    try {
      if (!join(toStop.stream().map(RunningCamera::thread).toList(), STOP_TIMEOUT)) {
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
    closedSignal.countDown();
    LOG.info("ingest agent stopped");
  }
}
