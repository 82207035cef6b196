package io.emoticctv.ingest;

import java.util.List;
import java.util.Optional;

/**
 * BlazeFace at a fraction of the full scan's cost: the tiled full-frame scan ({@link
 * BlazeFaceDetector}) runs on every {@code fullScanEvery}-th analysed frame; in between, the faces
 * already found are re-found each in a small region around its last box ({@link
 * FaceRegionDetector}). When one of them is not re-found (turned away, left, moved far), that frame
 * gets the full scan at once, so a face in view is lost for no frame; a face that newly comes into
 * view is found by the next scheduled scan, within {@code fullScanEvery} analysed frames.
 *
 * <p>Not thread-safe: one instance per camera thread.
 */
final class ScheduledFaceDetector implements FaceDetector {
  /**
   * Seconds between scheduled full scans by default ({@code detection.full-scan-interval-s}): how
   * late a face that walks into view may be found. The full scan costs ~85 ms on one core at the
   * default 12 px smallest face, so this is what sets cameras per core: on the sample clips, 1 s
   * gives 6.9–8.4 and 2 s 8.8–14.5 cameras per core at 5 analysed frames/s (IngestBenchmark), with
   * the same recall on the hand-counted frames.
   */
  static final double DEFAULT_FULL_SCAN_INTERVAL_S = 2.0;

  /** Finds the faces of the previous frame again, or nothing when one of them is lost. */
  interface Redetector extends AutoCloseable {
    Optional<List<Detection>> redetect(GrayFrame frame, List<Detection> previous);

    @Override
    void close();
  }

  private final FaceDetector fullScan;
  private final Redetector regions;
  private final int fullScanEvery;
  private List<Detection> last = List.of();
  private int sinceFullScan;
  private long fullScans;

  ScheduledFaceDetector(FaceDetector fullScan, Redetector regions, int fullScanEvery) {
    if (fullScanEvery < 1) {
      throw new IllegalArgumentException("full scan every must be >= 1, was " + fullScanEvery);
    }
    this.fullScan = fullScan;
    this.regions = regions;
    this.fullScanEvery = fullScanEvery;
    this.sinceFullScan = fullScanEvery; // the first frame is scanned in full
  }

  /**
   * The BlazeFace detector of a camera analysing {@code analysisFps} frames a second, scanning in
   * full with {@code fullScanModel} every {@code fullScanIntervalS} seconds.
   */
  static ScheduledFaceDetector blazeFace(
      BlazeFaceModel.Variant fullScanModel,
      int minFacePx,
      double analysisFps,
      double fullScanIntervalS) {
    return new ScheduledFaceDetector(
        new BlazeFaceDetector(fullScanModel, minFacePx),
        new FaceRegionDetector(),
        fullScanEvery(analysisFps, fullScanIntervalS));
  }

  /** Analysed frames per full scan: one scan per {@code intervalS}, at least every frame. */
  static int fullScanEvery(double analysisFps, double intervalS) {
    return Math.max(1, (int) Math.round(analysisFps * intervalS));
  }

  @Override
  public List<Detection> detect(GrayFrame frame) {
    if (++sinceFullScan < fullScanEvery) {
      Optional<List<Detection>> again =
          last.isEmpty() ? Optional.of(List.of()) : regions.redetect(frame, last);
      if (again.isPresent()) {
        last = again.get();
        return last;
      }
    }
    last = fullScan.detect(frame);
    sinceFullScan = 0;
    fullScans++;
    return last;
  }

  /** How many frames got the full scan so far, scheduled or because a face was lost. */
  long fullScans() {
    return fullScans;
  }

  @Override
  public void close() {
    try (regions) {
      fullScan.close();
    }
  }
}
