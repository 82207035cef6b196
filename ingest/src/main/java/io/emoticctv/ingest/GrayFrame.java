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

  /**
   * This image shrunk (area average) so that its longer side is at most {@code maxSide}; itself
   * when it is already that small. Never enlarges.
   */
  public GrayFrame shrunkTo(int maxSide) {
    int longer = Math.max(width, height);
    if (longer <= maxSide) {
      return this;
    }
    int w = Math.max(1, (int) Math.round((double) width * maxSide / longer));
    int h = Math.max(1, (int) Math.round((double) height * maxSide / longer));
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      int y0 = y * height / h;
      int y1 = Math.max(y0 + 1, (y + 1) * height / h);
      for (int x = 0; x < w; x++) {
        int x0 = x * width / w;
        int x1 = Math.max(x0 + 1, (x + 1) * width / w);
        int sum = 0;
        for (int v = y0; v < y1; v++) {
          for (int u = x0; u < x1; u++) {
            sum += pixels[v * width + u] & 0xFF;
          }
        }
        out[y * w + x] = (byte) Math.round((double) sum / ((y1 - y0) * (x1 - x0)));
      }
    }
    return new GrayFrame(w, h, out);
  }

  /**
   * This image resampled to {@code width x height} by nearest neighbour: cheap, and good enough for
   * a preview's colour planes, which the eye sees at low resolution anyway.
   */
  public GrayFrame resampledTo(int width, int height) {
    if (width == this.width && height == this.height) {
      return this;
    }
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) {
      int row = (int) ((long) y * this.height / height) * this.width;
      for (int x = 0; x < width; x++) {
        out[y * width + x] = pixels[row + (int) ((long) x * this.width / width)];
      }
    }
    return new GrayFrame(width, height, out);
  }
}
