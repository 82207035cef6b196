package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;

/**
 * Cuts a face out of its frame rotated so that the eyes are level, as in the training images.
 * Pixels are sampled from the whole frame (bilinear), so the rotated crop's corners show the real
 * surroundings rather than black wedges that equalisation would amplify.
 */
public final class FaceAligner {
  /** Below this roll the crop is cut straight: the rotation would change nothing visible. */
  static final double MIN_ROLL_DEGREES = 1;

  private FaceAligner() {}

  /**
   * The {@code crop} box of {@code frame}, turned about the eyes' midpoint by the eye line's roll.
   *
   * @param crop where to cut, in frame pixels, inside the frame
   * @param eyes the face's eye centres in frame pixels
   */
  public static GrayFrame aligned(GrayFrame frame, Box crop, Eyes eyes) {
    double roll = eyes.rollDegrees();
    if (Math.abs(roll) < MIN_ROLL_DEGREES) {
      return frame.crop(crop);
    }
    double cos = Math.cos(Math.toRadians(roll));
    double sin = Math.sin(Math.toRadians(roll));
    double cx = (eyes.rightX() + eyes.leftX()) / 2;
    double cy = (eyes.rightY() + eyes.leftY()) / 2;
    byte[] out = new byte[crop.width() * crop.height()];
    for (int v = 0; v < crop.height(); v++) {
      for (int u = 0; u < crop.width(); u++) {
        // Output pixel → where it lies on the tilted face: rotate by +roll about the eyes'
        // midpoint.
        double dx = crop.x() + u - cx;
        double dy = crop.y() + v - cy;
        out[v * crop.width() + u] =
            (byte) bilinear(frame, cx + dx * cos - dy * sin, cy + dx * sin + dy * cos);
      }
    }
    return new GrayFrame(crop.width(), crop.height(), out);
  }

  /** The gray level at a fractional position, clamped to the frame's edge. */
  static int bilinear(GrayFrame frame, double x, double y) {
    double cx = Math.max(0, Math.min(frame.width() - 1, x));
    double cy = Math.max(0, Math.min(frame.height() - 1, y));
    int x0 = (int) cx;
    int y0 = (int) cy;
    int x1 = Math.min(frame.width() - 1, x0 + 1);
    int y1 = Math.min(frame.height() - 1, y0 + 1);
    double fx = cx - x0;
    double fy = cy - y0;
    double top = pixel(frame, x0, y0) * (1 - fx) + pixel(frame, x1, y0) * fx;
    double bottom = pixel(frame, x0, y1) * (1 - fx) + pixel(frame, x1, y1) * fx;
    return (int) Math.round(top * (1 - fy) + bottom * fy);
  }

  private static int pixel(GrayFrame frame, int x, int y) {
    return frame.pixels()[y * frame.width() + x] & 0xFF;
  }
}
