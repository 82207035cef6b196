package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduledFaceDetectorTest {
  private static final GrayFrame FRAME = new GrayFrame(4, 4, new byte[16]);
  private static final Detection FACE = new Detection(new Box(1, 1, 2, 2), 0.9f);

  /** A full scan that finds the faces it is given, and says which frames it ran on. */
  private static final class FakeFullScan implements FaceDetector {
    List<Detection> faces = List.of(FACE);
    final List<Integer> scannedFrames = new ArrayList<>();
    int frame;

    @Override
    public List<Detection> detect(GrayFrame ignored) {
      scannedFrames.add(frame);
      return faces;
    }

    @Override
    public void close() {}
  }

  /** Re-finds every face, unless told it lost one; counts the frames it was asked about. */
  private static final class FakeRegions implements ScheduledFaceDetector.Redetector {
    boolean loseAFace;
    int calls;

    @Override
    public Optional<List<Detection>> redetect(GrayFrame frame, List<Detection> previous) {
      calls++;
      return loseAFace ? Optional.empty() : Optional.of(previous);
    }

    @Override
    public void close() {}
  }

  private final FakeFullScan fullScan = new FakeFullScan();
  private final FakeRegions regions = new FakeRegions();
  private final ScheduledFaceDetector detector = new ScheduledFaceDetector(fullScan, regions, 5);

  private List<Detection> analyse(int frame) {
    fullScan.frame = frame;
    return detector.detect(FRAME);
  }

  @Test
  void scansInFullOnTheFirstFrameAndEveryFifthThenFindsTheFacesInTheirRegionsBetween() {
    for (int frame = 0; frame < 12; frame++) {
      assertThat(analyse(frame)).containsExactly(FACE);
    }

    assertThat(fullScan.scannedFrames).containsExactly(0, 5, 10);
    assertThat(regions.calls).isEqualTo(9);
    assertThat(detector.fullScans()).isEqualTo(3);
  }

  @Test
  void aLostFaceGetsTheFullScanOnThatFrameAndRestartsTheSchedule() {
    analyse(0);
    analyse(1);
    regions.loseAFace = true;
    fullScan.faces = List.of();

    assertThat(analyse(2)).isEmpty();
    regions.loseAFace = false;
    for (int frame = 3; frame < 8; frame++) {
      analyse(frame);
    }

    assertThat(fullScan.scannedFrames).containsExactly(0, 2, 7);
  }

  @Test
  void withNoFaceInViewNothingRunsUntilTheNextScheduledScan() {
    fullScan.faces = List.of();
    analyse(0);
    fullScan.faces = List.of(FACE);

    for (int frame = 1; frame < 5; frame++) {
      assertThat(analyse(frame)).isEmpty();
    }
    assertThat(analyse(5)).containsExactly(FACE);
    assertThat(regions.calls).isZero();
  }

  @Test
  void scheduleFollowsTheAnalysisRateAndNeverSkipsAFrameBelowOneScanPerFrame() {
    assertThat(ScheduledFaceDetector.fullScanEvery(5, 2)).isEqualTo(10);
    assertThat(ScheduledFaceDetector.fullScanEvery(5, 1)).isEqualTo(5);
    assertThat(ScheduledFaceDetector.fullScanEvery(0.2, 2)).isEqualTo(1);
  }
}
