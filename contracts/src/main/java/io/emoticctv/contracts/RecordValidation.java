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
    if (a.phase() == null || isBlank(a.ruleId())) {
      return "phase and ruleId are required";
    }
    return a.emotion() == null || a.severity() == null ? "emotion and severity are required" : null;
  }

  static String trackEmotionProblem(TrackEmotionRecord t) {
    if (t.v() != TrackEmotionRecord.SCHEMA_VERSION) {
      return "unsupported schema version " + t.v();
    }
    if (isBlank(t.cameraId()) || t.box() == null || t.emotion() == null) {
      return "cameraId, box and emotion are required";
    }
    return t.probabilities() == null || t.probabilities().length != Emotion.COUNT
        ? "probabilities must have " + Emotion.COUNT + " entries"
        : null;
  }

  static String ruleProblem(RuleRecord r) {
    if (r.v() != RuleRecord.SCHEMA_VERSION) {
      return "unsupported schema version " + r.v();
    }
    if (isBlank(r.ruleId()) || r.kind() == null || r.severity() == null) {
      return "ruleId, kind and severity are required";
    }
    if (r.cameraId() == null || r.zone() == null) {
      return "cameraId and zone must be present (empty when unused)";
    }
    if (r.emotions() == null || r.emotions().isEmpty() || r.emotions().contains(null)) {
      return "emotions must name at least one emotion";
    }
    if (!(r.threshold() > 0 && r.threshold() <= 1)) {
      return "threshold must be a share in (0, 1], was " + r.threshold();
    }
    if (r.windows() < 1 || r.minFaces() < 0 || r.cooldownMs() < 0) {
      return "windows must be at least 1, minFaces and cooldownMs not negative";
    }
    if (r.kind() == RuleKind.ZONE_SPREAD && (r.minCameras() < 2 || r.spanMs() <= 0)) {
      return "a zone-spread rule needs minCameras >= 2 and a positive spanMs";
    }
    return r.schedule() == null ? "schedule is required" : r.schedule().problem();
  }

  static String previewProblem(PreviewRecord p) {
    if (p.v() != PreviewRecord.SCHEMA_VERSION) {
      return "unsupported schema version " + p.v();
    }
    if (isBlank(p.cameraId()) || p.faces() == null) {
      return "cameraId and faces are required";
    }
    if (p.jpeg() == null || p.jpeg().length == 0 || p.jpeg().length > PreviewRecord.MAX_JPEG_BYTES) {
      return "jpeg must hold 1.." + PreviewRecord.MAX_JPEG_BYTES + " bytes";
    }
    return null;
  }

  static String probeRequestProblem(ProbeRequest p) {
    if (p.v() != ProbeRequest.SCHEMA_VERSION) {
      return "unsupported schema version " + p.v();
    }
    return isBlank(p.requestId()) || isBlank(p.sourceUrl()) ? "requestId and sourceUrl are required" : null;
  }

  static String probeResultProblem(ProbeResult p) {
    if (p.v() != ProbeResult.SCHEMA_VERSION) {
      return "unsupported schema version " + p.v();
    }
    if (isBlank(p.requestId())) {
      return "requestId is required";
    }
    return !p.ok() && p.failure() == null ? "a failed probe must say why (failure)" : null;
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
