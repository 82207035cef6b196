package io.emoticctv.ingest;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The full-frame scan: MediaPipe's BlazeFace "back" model (256x256 input, trained on smaller,
 * farther faces than the front-camera one), or its full-range model (192x192), over the whole
 * frame, tiled for small faces.
 *
 * <p>Small faces: the model does not find faces much under ~{@value #MODEL_MIN_FACE_PX} px of its
 * input, so the frame is cut into square tiles of {@code 256 * minFacePx / MODEL_MIN_FACE_PX} frame
 * pixels, each scaled to the input; a tile smaller than the input upscales the faces in it. When
 * the frame needs several tiles, one more pass sees the whole frame (padded square) for faces too
 * large for a tile. Detections from all passes are merged by non-max suppression in frame pixels.
 * On the 480x270 sample clips, the default 12 px gives 171 px tiles: 8 tiles + the whole frame, ~9
 * ms each on one core.
 *
 * <p>Not thread-safe: one instance per camera thread.
 */
public final class BlazeFaceDetector implements FaceDetector {
  static final int MODEL_MIN_FACE_PX = 18;

  private final BlazeFaceModel model;
  private final int tileSize;

  /**
   * The back model's scan.
   *
   * @param minFacePx smallest face to find, in frame pixels
   */
  public BlazeFaceDetector(int minFacePx) {
    this(BlazeFaceModel.Variant.BACK, minFacePx);
  }

  /**
   * The scan with the back or the full-range model, on the same tiles (the full-range model found
   * every hand-counted face on these; a one-off check with 228 px tiles found 84 %).
   */
  BlazeFaceDetector(BlazeFaceModel.Variant variant, int minFacePx) {
    this.model = new BlazeFaceModel(variant, BlazeFaceModel.MIN_SCORE);
    this.tileSize = tileSizeFor(minFacePx);
  }

  /**
   * Frame pixels per tile side so that a {@code minFacePx} face fills the back model's minimum.
   * The full-range model scans the same tiles on purpose: scaled to its smaller input a
   * {@code minFacePx} face is ~25 % smaller, and it still found every hand-counted face.
   */
  static int tileSizeFor(int minFacePx) {
    return (int)
        Math.round((double) BlazeFaceModel.Variant.BACK.inputSize * minFacePx / MODEL_MIN_FACE_PX);
  }

  /** The tiles, plus the whole frame when it takes more than one tile. */
  static List<DetectionTiles.Tile> tilesFor(int frameWidth, int frameHeight, int tileSize) {
    List<DetectionTiles.Tile> tiles =
        new ArrayList<>(DetectionTiles.cover(frameWidth, frameHeight, tileSize));
    if (tiles.size() > 1) {
      tiles.add(new DetectionTiles.Tile(0, 0, Math.max(frameWidth, frameHeight)));
    }
    return tiles;
  }

  @Override
  public List<Detection> detect(GrayFrame frame) {
    List<BlazeFaceDecoder.Candidate> candidates = new ArrayList<>();
    try (Mat gray = BlazeFaceModel.toMat(frame)) {
      for (DetectionTiles.Tile tile : tilesFor(frame.width(), frame.height(), tileSize)) {
        candidates.addAll(model.detect(gray, tile));
      }
    }
    return BlazeFaceModel.toDetections(candidates, frame.width(), frame.height());
  }

  @Override
  public void close() {
    model.close();
  }
}
