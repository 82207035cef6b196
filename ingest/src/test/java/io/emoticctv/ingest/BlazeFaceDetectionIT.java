package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.FaceRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * BlazeFace (the default detector) against the Haar fallback on the sample clips, at the agent's
 * default 5 analysed frames/s and 12 px smallest face; prints the comparison table.
 */
class BlazeFaceDetectionIT {
  private static final int MIN_FACE_PX = CameraConfig.DEFAULT_MIN_FACE_PX;
  private static final List<DetectorComparison.Row> ROWS = new ArrayList<>();

  @AfterAll
  static void printTable() {
    if (!ROWS.isEmpty()) {
      System.out.print(DetectorComparison.table(ROWS));
    }
  }

  /**
   * Lower bounds are about 85% of what BlazeFace measured; upper bounds one face more than there
   * are people. Haar is the bar both BlazeFace full scans (back and full-range model) must clear on
   * every clip.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "classroom,                                3.3, 6",
    "face-demographics-walking-and-pause,      2.5, 4",
    "head-pose-face-detection-female,          0.85, 2",
    "head-pose-face-detection-female-and-male, 1.7, 3",
  })
  void findsTheFacesInEachSampleClipAndMoreThanHaar(
      String clip, double minFacesPerFrame, double maxFacesPerFrame) throws IOException {
    List<GrayFrame> frames = DetectorComparison.sampledFrames(SharedMedia.clip(clip));

    DetectorComparison.Row blaze =
        DetectorComparison.measure(
            clip, "blazeface", frames, () -> new BlazeFaceDetector(MIN_FACE_PX));
    DetectorComparison.Row fullRange =
        DetectorComparison.measure(
            clip,
            "blazeface-full-range",
            frames,
            () -> new BlazeFaceDetector(BlazeFaceModel.Variant.FULL_RANGE, MIN_FACE_PX));
    DetectorComparison.Row haar =
        DetectorComparison.measure(clip, "haar", frames, () -> new HaarFaceDetector(MIN_FACE_PX));
    ROWS.addAll(List.of(blaze, fullRange, haar));

    assertThat(List.of(blaze, fullRange))
        .allSatisfy(
            row -> {
              assertThat(row.facesPerFrame()).isBetween(minFacesPerFrame, maxFacesPerFrame);
              assertThat(row.facesPerFrame()).isGreaterThanOrEqualTo(haar.facesPerFrame());
            });
  }

  @Test
  void facesCarryTheirEyesAndKeepTheirTrackIdsWhileInView() throws IOException {
    List<GrayFrame> frames =
        DetectorComparison.sampledFrames(SharedMedia.clip(SharedMedia.TWO_HEAD_POSES));
    List<FaceRecord> faces = new ArrayList<>();
    try (BlazeFaceDetector detector = new BlazeFaceDetector(MIN_FACE_PX)) {
      FrameAnalyser analyser =
          new FrameAnalyser(detector, new FaceTracker(0.3, 10, 1), FaceQualityGate.DEFAULT);
      for (int i = 0; i < frames.size(); i++) {
        faces.addAll(analyser.analyse("cam", i, frames.get(i)).faces());
      }
      List<Detection> detections = detector.detect(frames.get(0));
      assertThat(detections)
          .isNotEmpty()
          .allSatisfy(
              d -> {
                assertThat(d.eyes()).isNotNull();
                // The person's right eye is on the image's left, both inside the face box.
                assertThat(d.eyes().rightX()).isLessThan(d.eyes().leftX());
                assertThat(d.eyes().rightX()).isBetween((double) d.box().x(), d.eyes().leftX());
                assertThat(d.eyes().leftY())
                    .isBetween((double) d.box().y(), (double) d.box().y() + d.box().height());
              });
    }
    Set<Long> tracks = faces.stream().map(FaceRecord::trackId).collect(Collectors.toSet());

    // Two people sit still through the clip: two tracks, allowing one for a spurious detection.
    assertThat(faces.size()).isGreaterThan(frames.size());
    assertThat(tracks).doesNotContainNull().hasSizeBetween(2, 3);
  }
}
