package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FaceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed frame → the face records to publish: detect, crop with a margin, gate, preprocess.
 */
final class FrameAnalyser {
  private final FaceDetector detector;

  FrameAnalyser(FaceDetector detector) {
    this.detector = detector;
  }

  /**
   * @param rejected faces found but dropped by the {@link FaceQualityGate}
   */
  record Result(List<FaceRecord> faces, int rejected) {}

  Result analyse(String cameraId, long captureTime, GrayFrame frame) {
    List<FaceRecord> faces = new ArrayList<>();
    int rejected = 0;
    for (Detection detection : detector.detect(frame)) {
      Box cropBox =
          CropGeometry.withMargin(
              detection.box(), CropGeometry.MARGIN, frame.width(), frame.height());
      GrayFrame crop = frame.crop(cropBox);
      if (FaceQualityGate.accepts(crop)) {
        faces.add(
            FaceRecords.fromGrayFace(
                cameraId,
                captureTime,
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
