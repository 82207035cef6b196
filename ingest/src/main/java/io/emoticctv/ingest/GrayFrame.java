package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;

/**
 * An 8-bit gray image, row major, one byte per pixel: what every step after decoding works on, so
 * those steps are plain Java and testable without native code.
 */
public record GrayFrame(int width, int height, byte[] pixels) {

  public GrayFrame {
    if (width <= 0 || height <= 0 || pixels.length != width * height) {
      throw new IllegalArgumentException(
          "a "
              + width
              + "x"
              + height
              + " gray frame needs "
              + width * height
              + " bytes, got "
              + pixels.length);
    }
  }

  /** A copy of the pixels inside {@code box}, which must lie within the frame. */
  public GrayFrame crop(Box box) {
    if (box.x() < 0
        || box.y() < 0
        || box.width() <= 0
        || box.height() <= 0
        || box.x() + box.width() > width
        || box.y() + box.height() > height) {
      throw new IllegalArgumentException(
          box + " is not inside the " + width + "x" + height + " frame");
    }
    byte[] out = new byte[box.width() * box.height()];
    for (int row = 0; row < box.height(); row++) {
      System.arraycopy(
          pixels, (box.y() + row) * width + box.x(), out, row * box.width(), box.width());
    }
    return new GrayFrame(box.width(), box.height(), out);
  }
}
