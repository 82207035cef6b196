package io.emoticctv.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs detectors over the sample clips at 5 analysed frames/s: faces per frame, CPU ms per frame.
 */
public final class DetectorComparison {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  record Row(
      String clip, String detector, int frames, double facesPerFrame, double cpuMsPerFrame) {}

  private DetectorComparison() {}

  /** The analysed (sampled) frames of a clip, decoded once. */
  static List<GrayFrame> sampledFrames(Path clip) throws IOException {
    CameraConfig camera = CameraConfig.of("bench", clip.toString());
    List<GrayFrame> frames = new ArrayList<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(camera)) {
      FrameSampler sampler = new FrameSampler(source.frameRate(), camera.analysisFps());
      for (long i = 0; source.grab(); i++) {
        if (sampler.shouldAnalyse(i)) {
          frames.add(source.gray());
        }
      }
    }
    return frames;
  }

  /**
   * The gate without its pose test (yaw up to 90° and any roll pass): Haar gives no keypoints, so
   * only this way do both detectors face the same gate.
   */
  static final FaceQualityGate SIZE_AND_SHARPNESS =
      new FaceQualityGate(
          FaceQualityGate.DEFAULT_MIN_FACE_PX, FaceQualityGate.DEFAULT_MIN_SHARPNESS, 90, 180);

  /** Faces that pass the quality gate per frame, and detection + crop CPU time per frame. */
  static Row measure(
      String clip, String name, List<GrayFrame> frames, Supplier<FaceDetector> detectors) {
    try (FaceDetector detector = detectors.get()) {
      FrameAnalyser analyser =
          new FrameAnalyser(detector, new FaceTracker(0.3, 10, 1), SIZE_AND_SHARPNESS);
      analyser.analyse("bench", 0, frames.get(0)); // warm-up: first forward allocates
      long faces = 0;
      long start = CPU.getCurrentThreadCpuTime();
      for (GrayFrame frame : frames) {
        faces += analyser.analyse("bench", 0, frame).faces().size();
      }
      double cpuMs = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
      return new Row(
          clip, name, frames.size(), (double) faces / frames.size(), cpuMs / frames.size());
    }
  }

  static String table(List<Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "| clip | detector | analysed frames | faces / frame | CPU ms / frame |\n"
                + "|---|---|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              "| %s | %s | %d | %.2f | %.1f |%n",
              r.clip(), r.detector(), r.frames(), r.facesPerFrame(), r.cpuMsPerFrame()));
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String clip : args) {
      List<GrayFrame> frames = sampledFrames(SharedMedia.clip(clip));
      rows.add(measure(clip, "haar 12", frames, () -> new HaarFaceDetector(12)));
      for (int minFace : new int[] {8, 12, 16, 24}) {
        rows.add(
            measure(
                clip,
                "blazeface " + minFace + " (tile " + BlazeFaceDetector.tileSizeFor(minFace) + ")",
                frames,
                () -> new BlazeFaceDetector(minFace)));
      }
      System.out.print(table(rows.subList(rows.size() - 5, rows.size())));
    }
  }
}
