package io.emoticctv.ingest;

import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-stage cost of the ingest pipeline on video files, on one core, and what it means in cameras
 * per core: {@code IngestBenchmark [--min-face-px N] [--detector blazeface|haar] [--fps F]
 * CLIP...}.
 *
 * <p>Stages, in CPU ms of the measuring thread (OpenCV runs single-threaded in the agent too):
 * decode (FFmpeg, every frame of the file, to gray), detect (the camera's detector on the frames
 * sampled at the analysis rate), align/crop (track, quality gate, eye-aligned crop, the shared
 * 48x48 preprocessing), produce (JSON encoding of the face records; the Kafka send itself is
 * batched and compressed by the producer's own thread). Cameras per core at the analysis rate =
 * 1000 / (decode ms × source fps + analysis fps × (detect + align/crop + produce) ms).
 */
public final class IngestBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** One clip's figures. */
  record Row(
      String clip,
      double sourceFps,
      int decodedFrames,
      int analysedFrames,
      double facesPerFrame,
      double decodeMs,
      double detectMs,
      double alignMs,
      double produceMs,
      double analysisFps) {

    /** CPU ms one camera like this clip costs per second. */
    double cpuMsPerSecond() {
      return decodeMs * sourceFps + analysisFps * (detectMs + alignMs + produceMs);
    }

    double camerasPerCore() {
      return 1000 / cpuMsPerSecond();
    }
  }

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    int minFacePx = CameraConfig.DEFAULT_MIN_FACE_PX;
    DetectorKind detector = CameraConfig.DEFAULT_DETECTOR;
    double fps = CameraConfig.DEFAULT_ANALYSIS_FPS;
    List<Path> clips = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--min-face-px" -> minFacePx = Integer.parseInt(args[++i]);
        case "--detector" -> detector = DetectorKind.parse(args[++i]);
        case "--fps" -> fps = Double.parseDouble(args[++i]);
        default -> clips.add(Path.of(args[i]));
      }
    }
    if (clips.isEmpty()) {
      System.err.println(
          "usage: IngestBenchmark [--min-face-px N] [--detector blazeface|haar] [--fps F] CLIP...");
      System.exit(2);
    }
    List<Row> rows = new ArrayList<>();
    for (Path clip : clips) {
      rows.add(measure(clip, detector, minFacePx, fps));
    }
    System.out.printf(
        Locale.ROOT,
        "detector %s, min-face-px %d, %.1f analysed fps%n",
        detector.key(),
        minFacePx,
        fps);
    System.out.print(table(rows));
  }

  static Row measure(Path clip, DetectorKind kind, int minFacePx, double fps) throws IOException {
    CameraConfig camera = new CameraConfig("bench", clip.toString(), fps, false, minFacePx, kind);
    List<GrayFrame> sampled = new ArrayList<>();
    long decodeNanos = 0;
    int decoded = 0;
    double sourceFps;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(camera)) {
      sourceFps = source.frameRate();
      FrameSampler sampler = new FrameSampler(sourceFps, fps);
      while (true) {
        long start = CPU.getCurrentThreadCpuTime();
        if (!source.grab()) {
          break;
        }
        GrayFrame frame = source.gray();
        decodeNanos += CPU.getCurrentThreadCpuTime() - start;
        if (sampler.shouldAnalyse(decoded++)) {
          sampled.add(frame);
        }
      }
    }
    long detectNanos = 0;
    long alignNanos = 0;
    long produceNanos = 0;
    long faces = 0;
    try (FaceDetector detector = kind.create(minFacePx)) {
      CachedDetections cached = new CachedDetections();
      FrameAnalyser analyser =
          new FrameAnalyser(
              cached,
              new FaceTracker(
                  FaceTracker.DEFAULT_MIN_IOU, FaceTracker.DEFAULT_MAX_MISSED_FRAMES, 1),
              FaceQualityGate.DEFAULT);
      // Warm-up, untimed: the first forward pass allocates, the JSON encoder builds itself.
      cached.found = detector.detect(sampled.get(0));
      analyser.analyse("bench", 1, sampled.get(0)).faces().forEach(RecordCodec.FACES::encode);
      for (GrayFrame frame : sampled) {
        long start = CPU.getCurrentThreadCpuTime();
        cached.found = detector.detect(frame);
        long detected = CPU.getCurrentThreadCpuTime();
        List<FaceRecord> records = analyser.analyse("bench", 1, frame).faces();
        long aligned = CPU.getCurrentThreadCpuTime();
        for (FaceRecord record : records) {
          RecordCodec.FACES.encode(record);
        }
        long produced = CPU.getCurrentThreadCpuTime();
        detectNanos += detected - start;
        alignNanos += aligned - detected;
        produceNanos += produced - aligned;
        faces += records.size();
      }
    }
    int n = sampled.size();
    return new Row(
        clip.getFileName().toString(),
        sourceFps,
        decoded,
        n,
        (double) faces / n,
        decodeNanos / 1e6 / decoded,
        detectNanos / 1e6 / n,
        alignNanos / 1e6 / n,
        produceNanos / 1e6 / n,
        fps);
  }

  static String table(List<Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "| clip | source fps | faces / frame | decode ms / source frame | detect ms |"
                + " align+crop ms | produce ms | CPU ms per camera-second | cameras / core |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.2f | %.2f | %.1f | %.2f | %.3f | %.0f | %.1f |%n",
              r.clip(),
              r.sourceFps(),
              r.facesPerFrame(),
              r.decodeMs(),
              r.detectMs(),
              r.alignMs(),
              r.produceMs(),
              r.cpuMsPerSecond(),
              r.camerasPerCore()));
    }
    return out.toString();
  }

  /** Hands the analyser the detections already found, so detection is timed on its own. */
  private static final class CachedDetections implements FaceDetector {
    private List<Detection> found = List.of();

    @Override
    public List<Detection> detect(GrayFrame frame) {
      return found;
    }

    @Override
    public void close() {}
  }
}
