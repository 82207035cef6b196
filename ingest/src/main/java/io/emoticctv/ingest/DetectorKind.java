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
  BLAZEFACE(BlazeFaceModel.Variant.BACK),
  /**
   * The same, with MediaPipe's full-range BlazeFace for the full scans: on the sample clips it
   * found more of the hand-counted faces at about two thirds of the cost, but its keypoints are
   * less accurate on tilted heads, which the pose test then misjudges (README, "Why the default
   * stays blazeface").
   */
  BLAZEFACE_FULL_RANGE(BlazeFaceModel.Variant.FULL_RANGE),
  /** OpenCV's Haar cascade: the fallback, no model file needed. */
  HAAR(null);

  private final BlazeFaceModel.Variant fullScanModel;

  DetectorKind(BlazeFaceModel.Variant fullScanModel) {
    this.fullScanModel = fullScanModel;
  }

  /** The BlazeFace network of the full scans; null for Haar. */
  BlazeFaceModel.Variant fullScanModel() {
    return fullScanModel;
  }

  /** The config spelling: lower case, words joined by '-'. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
    return this == HAAR
        ? new HaarFaceDetector(minFacePx)
        : ScheduledFaceDetector.blazeFace(
            fullScanModel, minFacePx, analysisFps, fullScanIntervalS);
  }
}
