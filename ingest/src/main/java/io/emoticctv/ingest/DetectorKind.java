package io.emoticctv.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which face detector a camera runs (config key {@code camera.<id>.detector}). */
public enum DetectorKind {
  /**
   * BlazeFace in OpenCV DNN, tiled for small faces, scanned in full every few seconds and re-found
   * in small regions around each face in between: the default, it finds more faces.
   */
  BLAZEFACE,
  /** OpenCV's Haar cascade: the fallback, no model file needed. */
  HAAR;

  /** The config spelling: lower case. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DetectorKind parse(String value) {
    for (DetectorKind kind : values()) {
      if (kind.key().equals(value)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown detector '"
            + value
            + "' (known: "
            + Arrays.stream(values()).map(DetectorKind::key).collect(Collectors.joining(", "))
            + ")");
  }

  /**
   * @param fullScanIntervalS BlazeFace: seconds between full scans (see {@link
   *     ScheduledFaceDetector})
   */
  public FaceDetector create(int minFacePx, double analysisFps, double fullScanIntervalS) {
    return switch (this) {
      case BLAZEFACE -> ScheduledFaceDetector.blazeFace(minFacePx, analysisFps, fullScanIntervalS);
      case HAAR -> new HaarFaceDetector(minFacePx);
    };
  }
}
