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
import java.util.function.Function;

/**
 * Per-stage cost of the ingest pipeline on video files, on one core, and what it means in cameras
 * per core: {@code IngestBenchmark [--min-face-px N] [--detector
 * blazeface|blazeface-full-range|haar] [--fps F] CLIP...}.
 *
 * <p>Stages, in CPU ms of the measuring thread (FFmpeg decodes on one thread per camera, see {@link
 * FfmpegFrameSource#grabber}, and OpenCV runs single-threaded in the agent too): decode (every frame
 * of the file), detect (the camera's detector on the frames sampled at the analysis rate, in order,
 * as on a camera), align/crop (track, quality gate, eye-aligned crop, the shared 48x48
 * preprocessing), produce (JSON encoding of the face records; the Kafka send itself is batched and
 * compressed by the producer's own thread). Cameras per core at the analysis rate = 1000 / (decode
 * ms × source fps + analysis fps × (detect + align/crop + produce) ms).
 *
 * <p>BlazeFace is measured three ways in the same run, so their ratios hold on a busy machine: the
 * tiled full scan on every analysed frame, and {@link ScheduledFaceDetector} (full scan on a
 * schedule and when a face is lost, region re-detection in between) with a full scan every second
 * and every {@link ScheduledFaceDetector#DEFAULT_FULL_SCAN_INTERVAL_S} s, the agent's setting.
 */
public final class IngestBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** A way of detecting faces: a name, and a detector already warmed up on a frame. */
  record DetectionPath(String name, Function<GrayFrame, FaceDetector> warmedOn) {}

  /** A clip decoded at its own rate, with the frames the analysis rate samples. */
  record Decoded(String clip, double sourceFps, double decodeMs, List<GrayFrame> sampled) {}

  /** One clip's figures through one detection path. */
  record Row(
      String clip,
      String path,
      double sourceFps,
      int analysedFrames,
      double fullScanShare,
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
          "usage: IngestBenchmark [--min-face-px N] [--detector "
              + "blazeface|blazeface-full-range|haar] [--fps F] CLIP...");
      System.exit(2);
    }
    List<Row> rows = new ArrayList<>();
    for (Path clip : clips) {
      Decoded decoded = decode(clip, fps);
      for (DetectionPath path : paths(detector, minFacePx, fps)) {
        rows.add(measure(decoded, path, fps));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "detector %s, min-face-px %d, %.1f analysed fps%n",
        detector.key(),
        minFacePx,
        fps);
    System.out.print(table(rows));
  }

  /**
   * BlazeFace: the full scan on every frame, then scheduled with a full scan every second and every
   * {@link ScheduledFaceDetector#DEFAULT_FULL_SCAN_INTERVAL_S} s (the agent's); Haar alone.
   */
  static List<DetectionPath> paths(DetectorKind kind, int minFacePx, double fps) {
    if (kind == DetectorKind.HAAR) {
      return List.of(
          new DetectionPath("haar", frame -> warmed(new HaarFaceDetector(minFacePx), frame)));
    }
    BlazeFaceModel.Variant model = kind.fullScanModel();
    return List.of(
        new DetectionPath(
            "full scan every frame",
            frame -> warmed(new BlazeFaceDetector(model, minFacePx), frame)),
        scheduled(model, minFacePx, fps, 1),
        scheduled(model, minFacePx, fps, ScheduledFaceDetector.DEFAULT_FULL_SCAN_INTERVAL_S));
  }

  private static DetectionPath scheduled(
      BlazeFaceModel.Variant model, int minFacePx, double fps, double fullScanIntervalS) {
    return new DetectionPath(
        String.format(Locale.ROOT, "scheduled, full scan every %.0f s", fullScanIntervalS),
        frame -> {
          BlazeFaceDetector fullScan = new BlazeFaceDetector(model, minFacePx);
          FaceRegionDetector regions = new FaceRegionDetector();
          regions.redetect(frame, fullScan.detect(frame)); // warms both networks
          return new ScheduledFaceDetector(
              fullScan, regions, ScheduledFaceDetector.fullScanEvery(fps, fullScanIntervalS));
        });
  }

  /** The first forward pass allocates: it is left out of the timing. */
  private static <D extends FaceDetector> D warmed(D detector, GrayFrame frame) {
    detector.detect(frame);
    return detector;
  }

  static Decoded decode(Path clip, double fps) throws IOException {
    CameraConfig camera = CameraConfig.of("bench", clip.toString());
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
    return new Decoded(
        clip.getFileName().toString(), sourceFps, decodeNanos / 1e6 / decoded, sampled);
  }

  static Row measure(Decoded clip, DetectionPath path, double fps) {
    long detectNanos = 0;
    long alignNanos = 0;
    long produceNanos = 0;
    long faces = 0;
    List<GrayFrame> frames = clip.sampled();
    double fullScanShare = 1;
    try (FaceDetector detector = path.warmedOn().apply(frames.get(0))) {
      CachedDetections cached = new CachedDetections();
      FrameAnalyser analyser =
          new FrameAnalyser(
              cached,
              new FaceTracker(
                  FaceTracker.DEFAULT_MIN_IOU, FaceTracker.DEFAULT_MAX_MISSED_FRAMES, 1),
              FaceQualityGate.DEFAULT);
      // Warm-up, untimed: the JSON encoder builds itself.
      analyser.analyse("bench", 1, frames.get(0)).faces().forEach(RecordCodec.FACES::encode);
      for (GrayFrame frame : frames) {
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
      if (detector instanceof ScheduledFaceDetector scheduled) {
        fullScanShare = (double) scheduled.fullScans() / frames.size();
      }
    }
    int n = frames.size();
    return new Row(
        clip.clip(),
        path.name(),
        clip.sourceFps(),
        n,
        fullScanShare,
        (double) faces / n,
        clip.decodeMs(),
        detectNanos / 1e6 / n,
        alignNanos / 1e6 / n,
        produceNanos / 1e6 / n,
        fps);
  }

  /**
   * One line per clip and path; "× first" is the path's cameras per core over the clip's first path
   * (the full scan on every frame), measured in the same run.
   */
  static String table(List<Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "| clip | path | source fps | analysed frames | full scans | faces / frame |"
                + " decode ms / source frame | detect ms | align+crop ms | produce ms |"
                + " CPU ms per camera-second | cameras / core | × first |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Row first = null;
    for (Row r : rows) {
      if (first == null || !first.clip().equals(r.clip())) {
        first = r;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.0f | %d | %.0f %% | %.2f | %.2f | %.1f | %.2f | %.3f | %.0f | %.1f |"
                  + " %.2f |%n",
              r.clip(),
              r.path(),
              r.sourceFps(),
              r.analysedFrames(),
              100 * r.fullScanShare(),
              r.facesPerFrame(),
              r.decodeMs(),
              r.detectMs(),
              r.alignMs(),
              r.produceMs(),
              r.cpuMsPerSecond(),
              r.camerasPerCore(),
              r.camerasPerCore() / first.camerasPerCore()));
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
