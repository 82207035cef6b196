package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.Box;
import org.junit.jupiter.api.Test;

class FaceAlignerTest {
  private static final int W = 120;
  private static final int H = 100;

  /** A dark frame with two bright 5x5 "eyes" at the given centres. */
  private static GrayFrame frameWithEyes(Eyes eyes) {
    byte[] pixels = new byte[W * H];
    java.util.Arrays.fill(pixels, (byte) 20);
    paint(pixels, eyes.rightX(), eyes.rightY());
    paint(pixels, eyes.leftX(), eyes.leftY());
    return new GrayFrame(W, H, pixels);
  }

  private static void paint(byte[] pixels, double cx, double cy) {
    for (int y = (int) Math.round(cy) - 2; y <= Math.round(cy) + 2; y++) {
      for (int x = (int) Math.round(cx) - 2; x <= Math.round(cx) + 2; x++) {
        pixels[y * W + x] = (byte) 230;
      }
    }
  }

  /** The centroid of the bright pixels in one half (left or right) of an image. */
  private static double[] brightCentroid(GrayFrame image, boolean leftHalf) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    int from = leftHalf ? 0 : image.width() / 2;
    int to = leftHalf ? image.width() / 2 : image.width();
    for (int y = 0; y < image.height(); y++) {
      for (int x = from; x < to; x++) {
        if ((image.pixels()[y * image.width() + x] & 0xFF) > 125) {
          sx += x;
          sy += y;
          n++;
        }
      }
    }
    assertThat(n).as("bright pixels in the %s half", leftHalf ? "left" : "right").isPositive();
    return new double[] {sx / n, sy / n};
  }

  @Test
  void rollIsTheEyeLinesAngleClockwise() {
    assertThat(new Eyes(40, 50, 80, 50).rollDegrees()).isCloseTo(0, within(1e-9));
    assertThat(new Eyes(40, 50, 80, 90).rollDegrees()).isCloseTo(45, within(1e-9));
    assertThat(new Eyes(40, 50, 80, 10).rollDegrees()).isCloseTo(-45, within(1e-9));
  }

  @Test
  void aTiltedFaceComesOutWithItsEyesLevel() {
    // Eyes 40 px apart on a line tilted by 25 degrees, centred at (60, 50).
    double half = 20;
    double angle = Math.toRadians(25);
    Eyes eyes =
        new Eyes(
            60 - half * Math.cos(angle),
            50 - half * Math.sin(angle),
            60 + half * Math.cos(angle),
            50 + half * Math.sin(angle));
    GrayFrame frame = frameWithEyes(eyes);
    Box crop = new Box(20, 10, 80, 80);

    GrayFrame straight = frame.crop(crop);
    GrayFrame aligned = FaceAligner.aligned(frame, crop, eyes);

    double[] rightBefore = brightCentroid(straight, true);
    double[] leftBefore = brightCentroid(straight, false);
    assertThat(leftBefore[1] - rightBefore[1]).isGreaterThan(10);
    double[] right = brightCentroid(aligned, true);
    double[] left = brightCentroid(aligned, false);
    assertThat(left[1] - right[1]).isCloseTo(0, within(1.0));
    // Rotated about the eyes' midpoint, which stays where it was in the crop.
    assertThat((left[0] + right[0]) / 2).isCloseTo(40, within(1.0));
    assertThat((left[1] + right[1]) / 2).isCloseTo(40, within(1.0));
    assertThat(left[0] - right[0]).isCloseTo(40, within(1.5));
  }

  @Test
  void levelEyesGiveThePlainCrop() {
    Eyes eyes = new Eyes(40, 50, 80, 50.3);
    GrayFrame frame = frameWithEyes(eyes);
    Box crop = new Box(20, 10, 80, 80);

    assertThat(FaceAligner.aligned(frame, crop, eyes).pixels())
        .isEqualTo(frame.crop(crop).pixels());
  }

  @Test
  void samplesBetweenPixelsAndClampsAtTheEdge() {
    GrayFrame frame = new GrayFrame(2, 1, new byte[] {0, 100});

    assertThat(FaceAligner.bilinear(frame, 0.5, 0)).isEqualTo(50);
    assertThat(FaceAligner.bilinear(frame, -3, 0)).isZero();
    assertThat(FaceAligner.bilinear(frame, 7, 5)).isEqualTo(100);
  }
}
