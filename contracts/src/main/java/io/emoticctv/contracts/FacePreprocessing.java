package io.emoticctv.contracts;

/**
 * The one preprocessing step between a face and the model, used by training and by ingest, so
 * live crops look exactly like the training images: 8-bit gray, {@value #SIZE}x{@value #SIZE},
 * histogram-equalised.
 *
 * <p>Pure Java on purpose: the same bytes come out whether the caller is the trainer (reading
 * dataset images) or a camera agent (cropping OpenCV frames).
 */
public final class FacePreprocessing {
  public static final int SIZE = 48;
  public static final int PIXELS = SIZE * SIZE;

  private FacePreprocessing() {}

  /**
   * Turns a gray face image (row-major, one byte per pixel) into the model's input: resized to
   * {@value #SIZE}² (area average when shrinking, bilinear when enlarging) and equalised.
   */
  public static byte[] toModelInput(byte[] gray, int width, int height) {
    if (gray.length != width * height) {
      throw new IllegalArgumentException(
          "expected " + width * height + " pixels for " + width + "x" + height + ", got " + gray.length);
    }
    return equalizeHistogram(resize(gray, width, height, SIZE, SIZE));
  }

  static byte[] resize(byte[] src, int sw, int sh, int dw, int dh) {
    if (sw == dw && sh == dh) {
      return src.clone();
    }
    return sw >= dw && sh >= dh ? resizeArea(src, sw, sh, dw, dh) : resizeBilinear(src, sw, sh, dw, dh);
  }

  private static byte[] resizeArea(byte[] src, int sw, int sh, int dw, int dh) {
    byte[] out = new byte[dw * dh];
    for (int y = 0; y < dh; y++) {
      int y0 = y * sh / dh;
      int y1 = Math.max(y0 + 1, (y + 1) * sh / dh);
      for (int x = 0; x < dw; x++) {
        int x0 = x * sw / dw;
        int x1 = Math.max(x0 + 1, (x + 1) * sw / dw);
        int sum = 0;
        for (int yy = y0; yy < y1; yy++) {
          for (int xx = x0; xx < x1; xx++) {
            sum += src[yy * sw + xx] & 0xFF;
          }
        }
        int n = (y1 - y0) * (x1 - x0);
        out[y * dw + x] = (byte) ((sum + n / 2) / n);
      }
    }
    return out;
  }

  private static byte[] resizeBilinear(byte[] src, int sw, int sh, int dw, int dh) {
    byte[] out = new byte[dw * dh];
    for (int y = 0; y < dh; y++) {
      double fy = Math.max(0, Math.min(sh - 1, (y + 0.5) * sh / dh - 0.5));
      int y0 = (int) fy;
      int y1 = Math.min(sh - 1, y0 + 1);
      double wy = fy - y0;
      for (int x = 0; x < dw; x++) {
        double fx = Math.max(0, Math.min(sw - 1, (x + 0.5) * sw / dw - 0.5));
        int x0 = (int) fx;
        int x1 = Math.min(sw - 1, x0 + 1);
        double wx = fx - x0;
        double top = (src[y0 * sw + x0] & 0xFF) * (1 - wx) + (src[y0 * sw + x1] & 0xFF) * wx;
        double bottom = (src[y1 * sw + x0] & 0xFF) * (1 - wx) + (src[y1 * sw + x1] & 0xFF) * wx;
        out[y * dw + x] = (byte) Math.round(top * (1 - wy) + bottom * wy);
      }
    }
    return out;
  }

  /** Spreads the gray levels over 0..255 by their cumulative histogram, as OpenCV's equalizeHist. */
  static byte[] equalizeHistogram(byte[] px) {
    int[] histogram = new int[256];
    for (byte p : px) {
      histogram[p & 0xFF]++;
    }
    int cdfMin = 0;
    for (int count : histogram) {
      if (count > 0) {
        cdfMin = count;
        break;
      }
    }
    int total = px.length;
    if (total == cdfMin) {
      return px.clone(); // a flat image has nothing to spread
    }
    int[] lut = new int[256];
    int cdf = 0;
    for (int level = 0; level < 256; level++) {
      cdf += histogram[level];
      lut[level] = Math.max(0, Math.round((cdf - cdfMin) * 255f / (total - cdfMin)));
    }
    byte[] out = new byte[total];
    for (int i = 0; i < total; i++) {
      out[i] = (byte) lut[px[i] & 0xFF];
    }
    return out;
  }
}
