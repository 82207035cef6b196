package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Finds the faces of an earlier frame again, each in a small square around where it was: one pass
 * of BlazeFace's front model (128x128 input, ~2 ms) per face instead of the tiled full-frame scan
 * (~9 passes of the 256x256 model). CCTV faces move little between analysed frames (200 ms at 5
 * fps), and the square is {@value #REGION_PER_FACE} times the face, so the face fills ~40 % of the
 * model's input, near the scale that model was trained on (selfie distance); 2x lost faces more
 * often on the sample clips, 3x no less often than 2.5x.
 *
 * <p>Not thread-safe: one instance per camera thread.
 */
final class FaceRegionDetector implements ScheduledFaceDetector.Redetector {
  static final double REGION_PER_FACE = 2.5;

  /** A face found in a region is the one it was looked for when the boxes overlap this much. */
  static final double MIN_IOU = 0.2;

  /**
   * Lower than the full scan's {@link BlazeFaceModel#MIN_SCORE}: the region only confirms a face
   * already found next to it, and the front model scores the small, upscaled CCTV faces of the
   * sample clips at 0.4–0.8 (at 0.5, the classroom clip lost a face every few frames).
   */
  static final float MIN_SCORE = 0.4f;

  private final BlazeFaceModel model = new BlazeFaceModel(BlazeFaceModel.Variant.FRONT, MIN_SCORE);

  /**
   * The previous faces found again in this frame, or empty as soon as one of them is not: a face
   * that turned away, left, or moved too far needs the full scan.
   */
  @Override
  public Optional<List<Detection>> redetect(GrayFrame frame, List<Detection> previous) {
    List<BlazeFaceDecoder.Candidate> found = new ArrayList<>();
    try (Mat gray = BlazeFaceModel.toMat(frame)) {
      for (Detection face : previous) {
        DetectionTiles.Tile region = regionAround(face.box(), frame.width(), frame.height());
        Optional<BlazeFaceDecoder.Candidate> same =
            sameFace(model.detect(gray, region), face.box(), frame.width(), frame.height());
        if (same.isEmpty()) {
          return Optional.empty();
        }
        found.add(same.get());
      }
    }
    List<Detection> faces = BlazeFaceModel.toDetections(found, frame.width(), frame.height());
    // two faces that settled on overlapping candidates merge in suppression: one is lost
    return faces.size() == previous.size() ? Optional.of(faces) : Optional.empty();
  }

  /**
   * The square of {@link #REGION_PER_FACE} times the box, centred on it, moved inside the frame.
   */
  static DetectionTiles.Tile regionAround(Box box, int frameWidth, int frameHeight) {
    int side = (int) Math.round(REGION_PER_FACE * Math.max(box.width(), box.height()));
    int x = box.x() + box.width() / 2 - side / 2;
    int y = box.y() + box.height() / 2 - side / 2;
    return new DetectionTiles.Tile(
        Math.max(0, Math.min(x, frameWidth - side)),
        Math.max(0, Math.min(y, frameHeight - side)),
        side);
  }

  /** The candidate overlapping {@code was} most, if it overlaps by at least {@link #MIN_IOU}. */
  static Optional<BlazeFaceDecoder.Candidate> sameFace(
      List<BlazeFaceDecoder.Candidate> candidates, Box was, int frameWidth, int frameHeight) {
    BlazeFaceDecoder.Candidate best = null;
    double bestIou = MIN_IOU;
    for (BlazeFaceDecoder.Candidate c : candidates) {
      Box box = c.boxIn(frameWidth, frameHeight);
      double iou = box == null ? 0 : FaceTracker.iou(box, was);
      if (iou >= bestIou) {
        best = c;
        bestIou = iou;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public void close() {
    model.close();
  }
}
