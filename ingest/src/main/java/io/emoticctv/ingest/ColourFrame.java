package io.emoticctv.ingest;

import java.util.function.UnaryOperator;

/**
 * A frame as full-range (JPEG) YCbCr 4:2:0 planes: the gray (luma) image analysis works on, and the
 * colour (Cb and Cr chroma planes, half the luma's width and height rounded up) that only previews
 * and snapshots use; both chroma planes are null for a source without colour.
 */
record ColourFrame(GrayFrame luma, GrayFrame cb, GrayFrame cr) {

  ColourFrame {
    if ((cb == null) != (cr == null)) {
      throw new IllegalArgumentException("a colour frame needs both chroma planes or neither");
    }
  }

  static ColourFrame gray(GrayFrame luma) {
    return new ColourFrame(luma, null, null);
  }

  boolean hasColour() {
    return cb != null;
  }

  /**
   * Shrunk so that its longer side is at most {@code maxSide} (see {@link GrayFrame#shrunkTo}), the
   * chroma resampled to the shrunk luma's size: the planes of a small image, all the same size.
   */
  ColourFrame shrunkTo(int maxSide) {
    GrayFrame small = luma.shrunkTo(maxSide);
    return hasColour()
        ? new ColourFrame(
            small,
            cb.resampledTo(small.width(), small.height()),
            cr.resampledTo(small.width(), small.height()))
        : gray(small);
  }

  /** The same change (such as blurring an area) applied to every plane. */
  ColourFrame map(UnaryOperator<GrayFrame> change) {
    return hasColour()
        ? new ColourFrame(change.apply(luma), change.apply(cb), change.apply(cr))
        : gray(change.apply(luma));
  }
}
