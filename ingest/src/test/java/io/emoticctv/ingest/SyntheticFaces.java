package io.emoticctv.ingest;

/** Drawn test images: a face-like pattern with crisp edges, and blurred copies. */
final class SyntheticFaces {
  private SyntheticFaces() {}

  /** A light oval head on a dark background, with dark eyes and mouth: sharp edges only. */
  static GrayFrame face(int size) {
    byte[] px = new byte[size * size];
    double c = size / 2.0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double dx = (x - c) / (size * 0.4);
        double dy = (y - c) / (size * 0.48);
        int v = dx * dx + dy * dy <= 1 ? 170 : 50;
        boolean eye =
            Math.abs(y - size * 0.4) < size * 0.05
                && (Math.abs(x - size * 0.33) < size * 0.07
                    || Math.abs(x - size * 0.67) < size * 0.07);
        boolean mouth = Math.abs(y - size * 0.72) < size * 0.03 && Math.abs(x - c) < size * 0.15;
        px[y * size + x] = (byte) (eye || mouth ? 30 : v);
      }
    }
    return new GrayFrame(size, size, px);
  }

  /** {@code passes} box blurs of radius {@code radius}: what a lens out of focus or motion does. */
  static GrayFrame blurred(GrayFrame image, int radius, int passes) {
    GrayFrame out = image;
    for (int i = 0; i < passes; i++) {
      out = boxBlur(out, radius);
    }
    return out;
  }

  private static GrayFrame boxBlur(GrayFrame image, int r) {
    int w = image.width();
    int h = image.height();
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        int n = 0;
        for (int v = Math.max(0, y - r); v <= Math.min(h - 1, y + r); v++) {
          for (int u = Math.max(0, x - r); u <= Math.min(w - 1, x + r); u++) {
            sum += image.pixels()[v * w + u] & 0xFF;
            n++;
          }
        }
        out[y * w + x] = (byte) Math.round((double) sum / n);
      }
    }
    return new GrayFrame(w, h, out);
  }
}
