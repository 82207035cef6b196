package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;

/** Where to cut a face out of its frame. */
public final class CropGeometry {
  /**
   * Extra context on each side, as a fraction of the face box. Detector boxes hug the eyes and
   * mouth; the training images show the whole face with a little hair and chin, so a crop with a
   * small margin looks more like what the model learnt from.
   */
  public static final double MARGIN = 0.1;

  private CropGeometry() {}

  /** The face box grown by {@code margin} of its size on each side, clamped to the frame. */
  public static Box withMargin(Box face, double margin, int frameWidth, int frameHeight) {
    int dx = (int) Math.round(face.width() * margin);
    int dy = (int) Math.round(face.height() * margin);
    int left = Math.max(0, face.x() - dx);
    int top = Math.max(0, face.y() - dy);
    int right = Math.min(frameWidth, face.x() + face.width() + dx);
    int bottom = Math.min(frameHeight, face.y() + face.height() + dy);
    if (right <= left || bottom <= top) {
      throw new IllegalArgumentException(
          face + " does not overlap the " + frameWidth + "x" + frameHeight + " frame");
    }
    return new Box(left, top, right - left, bottom - top);
  }
}
