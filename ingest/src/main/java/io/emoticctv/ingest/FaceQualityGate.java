package io.emoticctv.ingest;

/**
 * Drops crops not worth classifying. Only contrast is checked for now: a near-uniform patch (a
 * wall, a blown-out highlight) is a detector false positive, and equalising it would only amplify
 * noise into a "face".
 */
public final class FaceQualityGate {
  /** Standard deviation of the gray levels, below which a crop is rejected. */
  public static final double MIN_CONTRAST = 8;

  private FaceQualityGate() {}

  public static boolean accepts(GrayFrame crop) {
    return contrast(crop.pixels()) >= MIN_CONTRAST;
  }

  static double contrast(byte[] pixels) {
    double sum = 0;
    double sumOfSquares = 0;
    for (byte p : pixels) {
      int v = p & 0xFF;
      sum += v;
      sumOfSquares += (double) v * v;
    }
    double mean = sum / pixels.length;
    return Math.sqrt(Math.max(0, sumOfSquares / pixels.length - mean * mean));
  }
}
