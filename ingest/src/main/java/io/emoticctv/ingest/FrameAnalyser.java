package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.PreviewFace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One analysed frame → the face records to publish: detect, track, gate on size and pose, crop with
 * a margin (aligned on the eyes when the detector gives them), gate on sharpness, preprocess. One
 * per camera.
 */
final class FrameAnalyser {
  private final FaceDetector detector;
  private final FaceTracker tracker;
  private final FaceQualityGate gate;

  FrameAnalyser(FaceDetector detector, FaceTracker tracker, FaceQualityGate gate) {
    this.detector = detector;
    this.tracker = tracker;
    this.gate = gate;
  }

  /**
   * @param faces the crops that passed the gate
   * @param rejected one reason per face the {@link FaceQualityGate} dropped
   * @param seen every face found, gated or not, with its track id (for previews)
   */
  record Result(List<FaceRecord> faces, List<RejectReason> rejected, List<PreviewFace> seen) {}

  Result analyse(String cameraId, long captureTime, GrayFrame frame) {
    List<Detection> detections = detector.detect(frame);
    // Every detection is tracked, gated or not: a face that is blurred for a frame is still the
    // same person.
    List<Long> trackIds = tracker.assign(detections.stream().map(Detection::box).toList());
    List<FaceRecord> faces = new ArrayList<>();
    List<RejectReason> rejected = new ArrayList<>();
    List<PreviewFace> seen = new ArrayList<>();
    for (int i = 0; i < detections.size(); i++) {
      Detection detection = detections.get(i);
      seen.add(new PreviewFace(trackIds.get(i), detection.box()));
      Optional<RejectReason> reason = gate.judgeDetection(detection);
      if (reason.isPresent()) {
        rejected.add(reason.get());
        continue;
      }
      GrayFrame crop = crop(frame, detection);
      reason = gate.judgeCrop(crop);
      if (reason.isPresent()) {
        rejected.add(reason.get());
        continue;
      }
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
    }
    return new Result(faces, rejected, seen);
  }

  /** The face with its margin, levelled on the eyes when the detector found them. */
  static GrayFrame crop(GrayFrame frame, Detection detection) {
    Box cropBox =
        CropGeometry.withMargin(
            detection.box(), CropGeometry.MARGIN, frame.width(), frame.height());
    return detection.eyes() == null
        ? frame.crop(cropBox)
        : FaceAligner.aligned(frame, cropBox, detection.eyes());
  }
}
