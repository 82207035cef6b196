package io.emoticctv.ingest;

/** The agent-wide settings every camera's analysis runs with. */
record AnalysisSettings(FaceQualityGate gate, PreviewSettings previews) {
  static final AnalysisSettings DEFAULT =
      new AnalysisSettings(FaceQualityGate.DEFAULT, PreviewSettings.DEFAULT);
}
