package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FaceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed frame → the face records to publish: detect, track, crop with a margin (aligned on
 * the eyes when the detector gives them), gate, preprocess. One per camera.
 */
final class FrameAnalyser {
  private final FaceDetector detector;
  private final FaceTracker tracker;

  FrameAnalyser(FaceDetector detector, FaceTracker tracker) {
    this.detector = detector;
    this.tracker = tracker;
  }

  /**
   * @param rejected faces found but dropped by the {@link FaceQualityGate}
   */
  record Result(List<FaceRecord> faces, int rejected) {}

  Result analyse(String cameraId, long captureTime, GrayFrame frame) {
    List<Detection> detections = detector.detect(frame);
    // Every detection is tracked, gated or not: a face that is blurred for a frame is still the
    // same person.
    List<Long> trackIds = tracker.assign(detections.stream().map(Detection::box).toList());
    List<FaceRecord> faces = new ArrayList<>();
    int rejected = 0;
    for (int i = 0; i < detections.size(); i++) {
      Detection detection = detections.get(i);
      Box cropBox =
          CropGeometry.withMargin(
              detection.box(), CropGeometry.MARGIN, frame.width(), frame.height());
      GrayFrame crop =
          detection.eyes() == null
              ? frame.crop(cropBox)
              : FaceAligner.aligned(frame, cropBox, detection.eyes());
      if (FaceQualityGate.accepts(crop)) {
        faces.add(
            FaceRecords.fromGrayFace(
                cameraId,
                captureTime,
                trackIds.get(i),
                detection.box(),
                detection.score(),
                crop.pixels(),
                crop.width(),
                crop.height()));
      } else {
        rejected++;
      }
    }
    return new Result(faces, rejected);
  }
}
