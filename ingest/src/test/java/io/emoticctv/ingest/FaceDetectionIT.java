package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.FaceRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real decoding and detection with the Haar fallback on the sample clips, at 5 analysed frames/s.
 */
class FaceDetectionIT {
  private static final long T0 = 1_760_000_000_000L;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  record ClipRun(
      int analysedFrames, List<FaceRecord> faces, int rejected, double cpuMsPerAnalysedFrame) {
    double facesPerFrame() {
      return faces.size() / (double) analysedFrames;
    }
  }

  /** Each clip is analysed once per run; several tests look at the same result. */
  private static final Map<Path, ClipRun> RUNS = new ConcurrentHashMap<>();

  static ClipRun analyseClip(Path clip) throws IOException {
    ClipRun run = RUNS.get(clip);
    if (run == null) {
      run = analyse(clip);
      RUNS.put(clip, run);
    }
    return run;
  }

  private static ClipRun analyse(Path clip) throws IOException {
    CameraConfig camera = CameraConfig.of("test", clip.toString());
    int analysed = 0;
    int rejected = 0;
    List<FaceRecord> faces = new ArrayList<>();
    long cpu = 0;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(camera);
        HaarFaceDetector detector = new HaarFaceDetector(camera.minFacePx())) {
      FrameAnalyser analyser =
          new FrameAnalyser(detector, new FaceTracker(0.3, 10, 1), FaceQualityGate.DEFAULT);
      FrameSampler sampler = new FrameSampler(source.frameRate(), camera.analysisFps());
      for (long i = 0; source.grab(); i++) {
        if (sampler.shouldAnalyse(i)) {
          long start = CPU.getCurrentThreadCpuTime();
          FrameAnalyser.Result result = analyser.analyse(camera.id(), T0 + i, source.gray());
          cpu += CPU.getCurrentThreadCpuTime() - start;
          faces.addAll(result.faces());
          rejected += result.rejected().size();
          analysed++;
        }
      }
    }
    return new ClipRun(analysed, faces, rejected, cpu / 1e6 / analysed);
  }

  /**
   * Bounds are about 70% of what was measured (and at most one face more than there are people).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "classroom,                                2.2, 6",
    "face-demographics-walking-and-pause,      1.4, 4",
    "head-pose-face-detection-female,          0.5, 2",
    "head-pose-face-detection-female-and-male, 0.1, 3",
  })
  void findsTheFacesInEachSampleClip(String clip, double minFacesPerFrame, double maxFacesPerFrame)
      throws IOException {
    ClipRun run = analyseClip(SharedMedia.clip(clip));

    System.out.printf(
        "%s: %d analysed frames, %d faces (%.2f per frame), %d rejected, %.1f ms CPU per analysed"
            + " frame (%.2f cores at 5 fps)%n",
        clip,
        run.analysedFrames(),
        run.faces().size(),
        run.facesPerFrame(),
        run.rejected(),
        run.cpuMsPerAnalysedFrame(),
        run.cpuMsPerAnalysedFrame() * CameraConfig.DEFAULT_ANALYSIS_FPS / 1000);
    assertThat(run.analysedFrames()).isGreaterThan(5);
    assertThat(run.facesPerFrame()).isBetween(minFacesPerFrame, maxFacesPerFrame);
    assertThat(run.faces()).allSatisfy(face -> assertThat(face.crop()).hasSize(2304));
  }

  @Test
  void theClassroomsSmallFacesAreFound() throws IOException {
    ClipRun run = analyseClip(SharedMedia.clip(SharedMedia.CLASSROOM));

    assertThat(run.faces()).filteredOn(face -> face.box().width() <= 20).isNotEmpty();
  }

  @Test
  void aClipWithGarbageInTheMiddleStillDecodes(@TempDir Path dir) throws IOException {
    Path clean = SharedMedia.clip(SharedMedia.WALKING);
    byte[] bytes = Files.readAllBytes(clean);
    byte[] garbage = new byte[4_000];
    new Random(7).nextBytes(garbage);
    System.arraycopy(garbage, 0, bytes, bytes.length / 2, garbage.length);
    Path damaged = Files.write(dir.resolve("damaged.mp4"), bytes);

    ClipRun cleanRun = analyseClip(clean);
    ClipRun damagedRun = analyseClip(damaged);

    assertThat(damagedRun.analysedFrames()).isGreaterThanOrEqualTo(cleanRun.analysedFrames() - 2);
    assertThat(damagedRun.faces()).isNotEmpty();
  }

  @Test
  void aMissingFileFailsToOpenWithTheReason() {
    assertThatThrownBy(
            () -> FfmpegFrameSource.open(CameraConfig.of("test", "/nonexistent/clip.mp4")))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot open /nonexistent/clip.mp4: No such file or directory");
  }

  @Test
  void upscalesOnlyWhenFacesAreSmallerThanTheCascadeWindow() {
    assertThat(HaarFaceDetector.upscaleFor(12)).isEqualTo(2.0);
    assertThat(HaarFaceDetector.upscaleFor(24)).isEqualTo(1.0);
    assertThat(HaarFaceDetector.upscaleFor(60)).isEqualTo(1.0);
    assertThat(HaarFaceDetector.upscaleFor(6)).isEqualTo(3.0);
  }
}
