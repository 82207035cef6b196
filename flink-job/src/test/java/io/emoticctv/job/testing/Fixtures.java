package io.emoticctv.job.testing;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.Severity;
import io.emoticctv.job.alerts.AlertRule;
import java.time.Instant;
import java.util.EnumSet;

/** Named test data: faces and windows whose time and meaning read at the call site. */
public final class Fixtures {
  /** A time on a 10 s window boundary. */
  public static final long T0 = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
  public static final long WINDOW = 10_000;
  public static final String MODEL = "first-pixel-test";
  /** The job's default rule: anger/disgust/fear ≥ 50% of ≥ 3 faces for 3 windows. */
  public static final AlertRule RULE = new AlertRule(
      EnumSet.of(Emotion.ANGER, Emotion.DISGUST, Emotion.FEAR), 0.5, 3, 3, Severity.HIGH);

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

  public static FaceRecord face(String camera, long captureTime, Emotion emotion) {
    return FaceRecord.of(camera, captureTime, 1L, new Box(40, 30, 48, 48), 0.9f, crop(emotion));
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
        windowStart(index) + WINDOW, faces, counts, means, 0, MODEL, "");
  }

  /** A window's event timestamp, as the window operator emits it. */
  public static long timestampOf(EmotionWindow window) {
    return window.windowEnd() - 1;
  }
}
