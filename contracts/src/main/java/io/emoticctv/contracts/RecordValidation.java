package io.emoticctv.contracts;

/** The checks {@link RecordCodec} applies after decoding; each returns a problem or null. */
final class RecordValidation {
  private RecordValidation() {}

  static String faceProblem(FaceRecord f) {
    if (f.v() != FaceRecord.SCHEMA_VERSION) {
      return "unsupported schema version " + f.v();
    }
    if (isBlank(f.cameraId())) {
      return "cameraId missing";
    }
    if (f.captureTime() <= 0) {
      return "captureTime missing";
    }
    if (f.box() == null) {
      return "box missing";
    }
    if (f.crop() == null || f.crop().length != FacePreprocessing.PIXELS) {
      return "crop must be "
          + FacePreprocessing.PIXELS
          + " gray pixels, was "
          + (f.crop() == null ? "missing" : f.crop().length);
    }
    return null;
  }

  static String cameraStatusProblem(CameraStatus s) {
    if (s.v() != CameraStatus.SCHEMA_VERSION) {
      return "unsupported schema version " + s.v();
    }
    if (isBlank(s.cameraId())) {
      return "cameraId missing";
    }
    return s.state() == null ? "state missing" : null;
  }

  static String windowProblem(EmotionWindow w) {
    if (w.v() != EmotionWindow.SCHEMA_VERSION) {
      return "unsupported schema version " + w.v();
    }
    if (isBlank(w.cameraId())) {
      return "cameraId missing";
    }
    if (w.counts() == null || w.counts().length != Emotion.COUNT) {
      return "counts must have " + Emotion.COUNT + " entries";
    }
    if (w.meanProbabilities() == null || w.meanProbabilities().length != Emotion.COUNT) {
      return "meanProbabilities must have " + Emotion.COUNT + " entries";
    }
    return null;
  }

  static String alertProblem(AlertRecord a) {
    if (a.v() != AlertRecord.SCHEMA_VERSION) {
      return "unsupported schema version " + a.v();
    }
    if (isBlank(a.alertId()) || isBlank(a.cameraId())) {
      return "alertId and cameraId are required";
    }
    return a.emotion() == null || a.severity() == null ? "emotion and severity are required" : null;
  }

  static String cameraConfigProblem(CameraConfigRecord c) {
    if (c.v() != CameraConfigRecord.SCHEMA_VERSION) {
      return "unsupported schema version " + c.v();
    }
    if (isBlank(c.cameraId()) || isBlank(c.sourceUrl())) {
      return "cameraId and sourceUrl are required";
    }
    return c.analysisFps() > 0 ? null : "analysisFps must be positive, was " + c.analysisFps();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
