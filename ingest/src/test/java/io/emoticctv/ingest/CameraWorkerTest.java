package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.PreviewFace;
import io.emoticctv.contracts.PreviewRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The camera loop with an in-memory camera and a detector that always finds the same faces (one by
 * default), so the loop's own behaviour (sampling, skipping, reconnecting, stopping) is what is tested.
 */
class CameraWorkerTest {
  private static final Box FACE = new Box(10, 10, 20, 20);

  private final List<FaceRecord> faces = new CopyOnWriteArrayList<>();
  private final List<CameraStatus> statuses = new CopyOnWriteArrayList<>();
  private final List<PreviewRecord> previews = new CopyOnWriteArrayList<>();
  private AnalysisSettings settings =
      new AnalysisSettings(FaceQualityGate.DEFAULT, PreviewSettings.OFF);
  private final CountDownLatch stop = new CountDownLatch(1);
  /** What the detector finds on every frame. */
  private List<Detection> found = List.of(new Detection(FACE, 0.9f));

  /**
   * A camera whose frames are textured 64x48 images, in colour; frames in {@code unreadable} fail to
   * decode.
   */
  private static final class SyntheticCamera implements FrameSource {
    private final int frames;
    private final double fps;
    private final Set<Integer> unreadable;
    private int next;
    private int colourCopies; // written by the worker's thread; read after it ended

    SyntheticCamera(int frames, double fps, Set<Integer> unreadable) {
      this.frames = frames;
      this.fps = fps;
      this.unreadable = unreadable;
    }

    @Override
    public double frameRate() {
      return fps;
    }

    @Override
    public boolean grab() throws IOException {
      if (next >= frames) {
        return false;
      }
      if (unreadable.contains(next++)) {
        throw new IOException("corrupt packet");
      }
      return true;
    }

    @Override
    public GrayFrame gray() {
      byte[] px = new byte[64 * 48];
      for (int i = 0; i < px.length; i++) {
        px[i] = (byte) ((i * 7) % 256);
      }
      return new GrayFrame(64, 48, px);
    }

    @Override
    public ColourFrame colour() {
      colourCopies++;
      GrayFrame chroma = new GrayFrame(32, 24, new byte[32 * 24]);
      return new ColourFrame(gray(), chroma, chroma);
    }

    @Override
    public void rewind() {
      next = 0;
    }

    @Override
    public void close() {}
  }

  private FaceDetector detector() {
    return new FaceDetector() {
      @Override
      public List<Detection> detect(GrayFrame frame) {
        return found;
      }

      @Override
      public void close() {}
    };
  }

  private Thread run(CameraConfig camera, FrameSource.Opener opener) {
    Thread thread =
        new Thread(
            new CameraWorker(
                camera,
                opener,
                c -> detector(),
                settings,
                new CameraSinks(faces::add, statuses::add, previews::add),
                stop));
    thread.start();
    return thread;
  }

  /** Runs the camera for {@code millis}, then stops it and waits for its thread to end. */
  private Thread runFor(long millis, CameraConfig camera, FrameSource.Opener opener)
      throws InterruptedException {
    Thread worker = run(camera, opener);
    Thread.sleep(millis);
    stop.countDown();
    worker.join(2_000);
    return worker;
  }

  private List<CameraState> states() {
    return statuses.stream().map(CameraStatus::state).toList();
  }

  @Test
  void publishesAFaceForEachSampledFrameAndSkipsUnreadableOnes() throws InterruptedException {
    // A 30-frame file at 120 fps analysed at 60 fps: every second frame; frames 4 and 5 are
    // corrupt.
    CameraConfig camera =
        new CameraConfig("cam-1", "synthetic.mp4", 60, false, 12, DetectorKind.HAAR);

    Thread worker = run(camera, c -> new SyntheticCamera(30, 120, Set.of(4, 5)));
    worker.join(Duration.ofSeconds(5).toMillis());

    assertThat(worker.isAlive()).isFalse();
    // 28 readable frames, every second one sampled: each sampled frame is analysed, or dropped
    // when a busy CPU lets analysis fall behind the file's pace.
    CameraStatus last = statuses.get(statuses.size() - 1);
    assertThat(faces.size() + last.framesDropped()).isEqualTo(14);
    assertThat(faces).isNotEmpty();
    assertThat(faces)
        .allSatisfy(
            face -> {
              assertThat(face.cameraId()).isEqualTo("cam-1");
              assertThat(face.box()).isEqualTo(FACE);
              assertThat(face.crop()).hasSize(2304);
            });
    assertThat(faces.get(faces.size() - 1).captureTime()).isGreaterThan(faces.get(0).captureTime());
    // The face stays put: one track throughout.
    assertThat(faces)
        .extracting(FaceRecord::trackId)
        .doesNotContainNull()
        .containsOnly(faces.get(0).trackId());
    assertThat(states())
        .containsExactly(CameraState.CONNECTING, CameraState.ONLINE, CameraState.STOPPED);
    assertThat(statuses.get(2).lastError())
        .isEqualTo("skipped unreadable frame (2 so far): corrupt packet");
  }

  @Test
  void paceAFileAtItsOwnFrameRate() throws InterruptedException {
    CameraConfig camera =
        new CameraConfig("cam-1", "synthetic.mp4", 5, false, 12, DetectorKind.HAAR);
    long start = System.nanoTime();

    Thread worker = run(camera, c -> new SyntheticCamera(21, 40, Set.of()));
    worker.join(Duration.ofSeconds(5).toMillis());

    // 21 frames at 40 fps: the last is due 500 ms after the first.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(480), Duration.ofMillis(2_000));
    assertThat(faces).hasSize(3); // frames 0, 8, 16
  }

  @Test
  void facesTheGateRejectsAreCountedPerReasonInTheStatus() throws InterruptedException {
    // A face too small to classify next to the good one, on each of the 5 analysed frames.
    found = List.of(new Detection(FACE, 0.9f), new Detection(new Box(40, 30, 6, 6), 0.8f));
    CameraConfig camera =
        new CameraConfig("cam-1", "synthetic.mp4", 10, false, 12, DetectorKind.HAAR);

    Thread worker = run(camera, c -> new SyntheticCamera(20, 40, Set.of()));
    worker.join(Duration.ofSeconds(5).toMillis());

    CameraStatus last = statuses.get(statuses.size() - 1);
    long analysed = faces.size();
    assertThat(analysed + last.framesDropped()).isEqualTo(5);
    assertThat(faces).extracting(FaceRecord::box).containsOnly(FACE);
    assertThat(last.rejectedByReason())
        .containsExactly(
            Map.entry(RejectReason.SMALL.key(), analysed),
            Map.entry(RejectReason.BLURRY.key(), 0L),
            Map.entry(RejectReason.POSE.key(), 0L));
    assertThat(last.facesRejected()).isEqualTo(analysed);
  }

  @Test
  void anUnreachableSourceIsReportedOfflineAndRetried() throws InterruptedException {
    AtomicInteger attempts = new AtomicInteger();
    CameraConfig camera = CameraConfig.of("gate", "rtsp://127.0.0.1:1/none");

    // The first retry comes after 1 s.
    Thread worker =
        runFor(
            1_500,
            camera,
            c -> {
              attempts.incrementAndGet();
              throw new IOException("Connection refused");
            });

    assertThat(worker.isAlive()).isFalse();
    assertThat(attempts.get()).isEqualTo(2);
    assertThat(states())
        .containsExactly(
            CameraState.CONNECTING,
            CameraState.OFFLINE,
            CameraState.CONNECTING,
            CameraState.OFFLINE,
            CameraState.STOPPED);
    assertThat(statuses.get(1).lastError()).isEqualTo("Connection refused");
  }

  @Test
  void aStreamThatKeepsFailingIsReopened() throws InterruptedException {
    AtomicInteger opens = new AtomicInteger();
    CameraConfig camera = CameraConfig.of("gate", "rtsp://10.0.0.7/stream");
    Set<Integer> allBroken = Set.copyOf(IntStream.range(0, 1_000).boxed().toList());

    runFor(
        1_500,
        camera,
        c -> {
          opens.incrementAndGet();
          return new SyntheticCamera(1_000, 25, allBroken);
        });

    assertThat(opens.get()).isEqualTo(2);
    assertThat(statuses)
        .filteredOn(s -> s.state() == CameraState.OFFLINE)
        .first()
        .satisfies(s -> assertThat(s.lastError()).startsWith("25 unreadable frames in a row"));
  }

  @Test
  void aNetworkStreamThatEndsIsADroppedConnection() throws InterruptedException {
    AtomicInteger opens = new AtomicInteger();
    CameraConfig camera = CameraConfig.of("gate", "rtsp://10.0.0.7/stream");

    runFor(
        500,
        camera,
        c -> {
          opens.incrementAndGet();
          return new SyntheticCamera(3, 25, Set.of());
        });

    assertThat(opens.get()).isEqualTo(1);
    assertThat(faces).hasSize(1);
    assertThat(states()).contains(CameraState.OFFLINE).endsWith(CameraState.STOPPED);
    assertThat(statuses)
        .filteredOn(s -> s.state() == CameraState.OFFLINE)
        .extracting(CameraStatus::lastError)
        .containsOnly("stream ended");
  }

  @Test
  void previewsAreThrottledAndCarryTheBlurredFacesWithTheirTracks() throws InterruptedException {
    settings = new AnalysisSettings(FaceQualityGate.DEFAULT, new PreviewSettings(2, 320));
    // 1.5 s of a 40 fps file, 20 frames/s analysed; at most 2 previews/s.
    CameraConfig camera =
        new CameraConfig("cam-1", "synthetic.mp4", 20, false, 12, DetectorKind.HAAR);

    Thread worker = run(camera, c -> new SyntheticCamera(60, 40, Set.of()));
    worker.join(Duration.ofSeconds(5).toMillis());

    assertThat(faces).hasSizeGreaterThan(20);
    assertThat(previews).hasSizeBetween(2, 4);
    assertThat(previews)
        .allSatisfy(
            p -> {
              assertThat(p.blurred()).isTrue();
              assertThat(p.width()).isEqualTo(64); // never enlarged
              assertThat(p.faces()).containsExactly(new PreviewFace(faces.get(0).trackId(), FACE));
            });
  }

  @Test
  void theColourIsCopiedOnlyForTheFramesDueToBecomeAPreview() throws InterruptedException {
    settings = new AnalysisSettings(FaceQualityGate.DEFAULT, new PreviewSettings(2, 320));
    // 1.5 s of a 40 fps file, 10 frames/s analysed (15 frames, 100 ms apart); 2 previews/s.
    CameraConfig config =
        new CameraConfig("cam-1", "synthetic.mp4", 10, false, 12, DetectorKind.HAAR);
    SyntheticCamera camera = new SyntheticCamera(60, 40, Set.of());

    Thread worker = run(config, c -> camera);
    worker.join(Duration.ofSeconds(5).toMillis());

    assertThat(worker.isAlive()).isFalse();
    assertThat(previews).hasSizeBetween(2, 4);
    // One copy per preview, not one per analysed frame; a frame captured while the frame due still
    // waits for analysis (100 ms here, on a busy machine now and then) is copied too.
    assertThat(camera.colourCopies).isBetween(previews.size(), 2 * previews.size());
  }
}
