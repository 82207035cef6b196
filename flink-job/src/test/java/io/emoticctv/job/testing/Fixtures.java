package io.emoticctv.job.testing;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.RuleSchedule;
import io.emoticctv.contracts.Severity;
import java.time.Instant;
import java.util.List;

/** Named test data: faces, windows and rules whose time and meaning read at the call site. */
public final class Fixtures {
  /** A time on a 10 s window boundary (a Monday, 10:00 UTC). */
  public static final long T0 = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
  public static final long WINDOW = 10_000;
  public static final String MODEL = "first-pixel-test";
  public static final String MODEL_SHA256 = "5ha256-of-the-first-pixel-test-weights";
  public static final Box BOX = new Box(40, 30, 48, 48);

  private Fixtures() {}

  /** Start of the {@code index}-th 10 s window after {@link #T0}. */
  public static long windowStart(int index) {
    return T0 + index * WINDOW;
  }

  /** A crop that {@link FirstPixelClassifier} reads as {@code emotion}. */
  public static byte[] crop(Emotion emotion) {
    byte[] crop = new byte[FacePreprocessing.PIXELS];
    for (int i = 1; i < crop.length; i++) {
      crop[i] = (byte) (i * 31);
    }
    crop[0] = (byte) emotion.ordinal();
    return crop;
  }

  /** An untracked face (counted as classified, never smoothed). */
  public static FaceRecord face(String camera, long captureTime, Emotion emotion) {
    return FaceRecord.of(camera, captureTime, null, BOX, 0.9f, crop(emotion));
  }

  /** A face of ingest track {@code trackId}. */
  public static FaceRecord trackedFace(String camera, long captureTime, long trackId, Emotion emotion) {
    return FaceRecord.of(camera, captureTime, trackId, BOX, 0.9f, crop(emotion));
  }

  /** The {@code index}-th window of a camera with that many angry and happy faces. */
  public static EmotionWindow window(String camera, int index, int angry, int happy) {
    int[] counts = new int[Emotion.COUNT];
    counts[Emotion.ANGER.ordinal()] = angry;
    counts[Emotion.HAPPINESS.ordinal()] = happy;
    float[] means = new float[Emotion.COUNT];
    int faces = angry + happy;
    if (faces > 0) {
      means[Emotion.ANGER.ordinal()] = (float) angry / faces;
      means[Emotion.HAPPINESS.ordinal()] = (float) happy / faces;
    }
    return new EmotionWindow(EmotionWindow.SCHEMA_VERSION, camera, windowStart(index),
        windowStart(index) + WINDOW, faces, counts, means, faces, MODEL, MODEL_SHA256);
  }

  /** A window's event timestamp, as the window operator emits it. */
  public static long timestampOf(EmotionWindow window) {
    return window.windowEnd() - 1;
  }

  /**
   * Rule {@code id} version 1, always on, enabled, no cooldown: anger or fear at or above {@code
   * threshold} of at least 3 faces, for {@code windows} windows, watching {@code camera}.
   */
  public static RuleRecord cameraRule(String id, RuleKind kind, String camera, double threshold, int windows) {
    return new RuleRecord(RuleRecord.SCHEMA_VERSION, id, 1, "rule " + id, kind, camera, "",
        List.of(Emotion.ANGER, Emotion.FEAR), threshold, windows, 3, 0, 0, Severity.HIGH, 0,
        RuleSchedule.ALWAYS, true, T0);
  }

  /** A zone-spread rule over {@code zone}: {@code minCameras} cameras within {@code spanMs}. */
  public static RuleRecord zoneRule(String id, String zone, double threshold, int minCameras, long spanMs) {
    return new RuleRecord(RuleRecord.SCHEMA_VERSION, id, 1, "rule " + id, RuleKind.ZONE_SPREAD, "", zone,
        List.of(Emotion.ANGER, Emotion.FEAR), threshold, 1, 3, minCameras, spanMs, Severity.CRITICAL, 0,
        RuleSchedule.ALWAYS, true, T0);
  }

  /** {@code rule} as its next version, with another threshold. */
  public static RuleRecord withThreshold(RuleRecord r, double threshold) {
    return new RuleRecord(r.v(), r.ruleId(), r.version() + 1, r.name(), r.kind(), r.cameraId(), r.zone(), r.emotions(),
        threshold, r.windows(), r.minFaces(), r.minCameras(), r.spanMs(), r.severity(), r.cooldownMs(), r.schedule(),
        r.enabled(), r.updatedAt() + 1);
  }

  /** {@code rule} as its next version, with a cooldown. */
  public static RuleRecord withCooldown(RuleRecord r, long cooldownMs) {
    return new RuleRecord(r.v(), r.ruleId(), r.version() + 1, r.name(), r.kind(), r.cameraId(), r.zone(), r.emotions(),
        r.threshold(), r.windows(), r.minFaces(), r.minCameras(), r.spanMs(), r.severity(), cooldownMs, r.schedule(),
        r.enabled(), r.updatedAt() + 1);
  }

  /** {@code rule} as its next version, with a schedule. */
  public static RuleRecord withSchedule(RuleRecord r, RuleSchedule schedule) {
    return new RuleRecord(r.v(), r.ruleId(), r.version() + 1, r.name(), r.kind(), r.cameraId(), r.zone(), r.emotions(),
        r.threshold(), r.windows(), r.minFaces(), r.minCameras(), r.spanMs(), r.severity(), r.cooldownMs(), schedule,
        r.enabled(), r.updatedAt() + 1);
  }
}
