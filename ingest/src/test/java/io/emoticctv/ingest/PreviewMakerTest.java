package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.PreviewFace;
import io.emoticctv.contracts.PreviewRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PreviewMakerTest {
  private static final Box FACE = new Box(200, 100, 80, 80);

  /** A 640x360 frame: mid-gray with a drawn face at {@link #FACE}. */
  private static GrayFrame frameWithFace() {
    byte[] px = new byte[640 * 360];
    java.util.Arrays.fill(px, (byte) 90);
    GrayFrame face = SyntheticFaces.face(80);
    for (int y = 0; y < 80; y++) {
      System.arraycopy(face.pixels(), y * 80, px, (FACE.y() + y) * 640 + FACE.x(), 80);
    }
    return new GrayFrame(640, 360, px);
  }

  private static GrayFrame decode(PreviewRecord preview) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.jpeg()));
    byte[] px = new byte[image.getWidth() * image.getHeight()];
    image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), px);
    return new GrayFrame(image.getWidth(), image.getHeight(), px);
  }

  @Test
  void aSmallJpegWithTheFacesInItsOwnPixels() throws IOException {
    PreviewRecord preview =
        PreviewMaker.make(
            "cam-1",
            1234L,
            ColourFrame.gray(frameWithFace()),
            List.of(new PreviewFace(7L, FACE)),
            false,
            320);

    assertThat(preview.cameraId()).isEqualTo("cam-1");
    assertThat(preview.capturedAt()).isEqualTo(1234L);
    assertThat(preview.width()).isEqualTo(320);
    assertThat(preview.height()).isEqualTo(180);
    assertThat(preview.faces()).containsExactly(new PreviewFace(7L, new Box(100, 50, 40, 40)));
    assertThat(preview.blurred()).isFalse();
    assertThat(preview.jpeg().length).isLessThan(PreviewRecord.MAX_JPEG_BYTES);
    GrayFrame image = decode(preview);
    assertThat(image.width()).isEqualTo(320);
    assertThat(FaceQualityGate.laplacianVariance(image.crop(new Box(100, 50, 40, 40))))
        .isGreaterThan(500);
  }

  @Test
  void privacyBlurLeavesNoDetailInTheFaceAndTouchesNothingElse() throws IOException {
    GrayFrame frame = frameWithFace();
    PreviewFace face = new PreviewFace(7L, FACE);

    GrayFrame blurred =
        decode(PreviewMaker.make("cam-1", 1L, ColourFrame.gray(frame), List.of(face), true, 320));
    GrayFrame clear =
        decode(PreviewMaker.make("cam-1", 1L, ColourFrame.gray(frame), List.of(face), false, 320));

    Box inPreview = new Box(100, 50, 40, 40);
    // A 3x3 mosaic of the face: no eyes, no mouth, only JPEG ringing at the cell edges.
    assertThat(FaceQualityGate.laplacianVariance(blurred.crop(inPreview)))
        .isLessThan(FaceQualityGate.laplacianVariance(clear.crop(inPreview)) / 5);
    Box elsewhere = new Box(0, 0, 60, 40);
    assertThat(blurred.crop(elsewhere).pixels()).isEqualTo(clear.crop(elsewhere).pixels());
  }

  /** A 640x360 frame of flat gray luma whose colour is {@code cr} (red-ness) per chroma pixel. */
  private static ColourFrame colourFrame(GrayFrame cr) {
    byte[] luma = new byte[640 * 360];
    java.util.Arrays.fill(luma, (byte) 120);
    byte[] neutral = new byte[320 * 180];
    java.util.Arrays.fill(neutral, (byte) 128);
    return new ColourFrame(new GrayFrame(640, 360, luma), new GrayFrame(320, 180, neutral), cr);
  }

  /** Per pixel of a decoded colour JPEG, how much redder than green it is. */
  private static GrayFrame redness(PreviewRecord preview) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.jpeg()));
    byte[] px = new byte[image.getWidth() * image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        px[y * image.getWidth() + x] = (byte) Math.max(0, Math.min(255, 128 + red - green));
      }
    }
    return new GrayFrame(image.getWidth(), image.getHeight(), px);
  }

  @Test
  void aColourSourceGivesAColourPreview() throws IOException {
    byte[] cr = new byte[320 * 180];
    for (int y = 0; y < 180; y++) {
      // The left half red, the right half gray.
      java.util.Arrays.fill(cr, y * 320, y * 320 + 160, (byte) 200);
      java.util.Arrays.fill(cr, y * 320 + 160, y * 320 + 320, (byte) 128);
    }

    PreviewRecord preview =
        PreviewMaker.make(
            "cam-1", 1L, colourFrame(new GrayFrame(320, 180, cr)), List.of(), true, 320);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.jpeg()));
    assertThat(image.getColorModel().getNumColorComponents()).isEqualTo(3);
    GrayFrame redness = redness(preview);
    assertThat(redness.pixels()[90 * 320 + 40] & 0xFF).isGreaterThan(128 + 100);
    assertThat(redness.pixels()[90 * 320 + 280] & 0xFF).isBetween(124, 132);
  }

  @Test
  void privacyBlurAlsoMosaicsAFacesColours() throws IOException {
    // A face drawn in the colour plane only: the luma is flat, so only the colours could show it.
    GrayFrame face = SyntheticFaces.face(40);
    byte[] cr = new byte[320 * 180];
    java.util.Arrays.fill(cr, (byte) 128);
    for (int y = 0; y < 40; y++) {
      System.arraycopy(face.pixels(), y * 40, cr, (FACE.y() / 2 + y) * 320 + FACE.x() / 2, 40);
    }
    ColourFrame frame = colourFrame(new GrayFrame(320, 180, cr));
    PreviewFace tracked = new PreviewFace(7L, FACE);

    GrayFrame blurred = redness(PreviewMaker.make("cam-1", 1L, frame, List.of(tracked), true, 320));
    GrayFrame clear = redness(PreviewMaker.make("cam-1", 1L, frame, List.of(tracked), false, 320));

    Box inPreview = new Box(100, 50, 40, 40);
    assertThat(FaceQualityGate.laplacianVariance(blurred.crop(inPreview)))
        .isLessThan(FaceQualityGate.laplacianVariance(clear.crop(inPreview)) / 5);
  }

  @Test
  void theThrottleLetsThroughAtMostTheRate() {
    PreviewThrottle throttle = new PreviewThrottle(1);

    assertThat(throttle.allow(0)).isTrue();
    assertThat(throttle.allow(200)).isFalse();
    assertThat(throttle.allow(999)).isFalse();
    assertThat(throttle.allow(1_000)).isTrue();
    assertThat(throttle.allow(5_000)).isTrue();
    assertThat(throttle.allow(5_400)).isFalse();
  }

  @Test
  void askingWhetherAPreviewIsDueTakesNothing() {
    PreviewThrottle throttle = new PreviewThrottle(1);

    assertThat(throttle.due(0)).isTrue();
    assertThat(throttle.due(0)).isTrue();
    assertThat(throttle.allow(0)).isTrue();
    assertThat(throttle.due(999)).isFalse();
    assertThat(throttle.due(1_000)).isTrue();
    assertThat(throttle.allow(1_000)).isTrue();
  }

  @Test
  void aBoxIsScaledAndClippedToThePreview() {
    assertThat(PreviewMaker.scale(new Box(630, 350, 20, 20), 0.5, 320, 180))
        .isEqualTo(new Box(315, 175, 5, 5));
    assertThat(PreviewMaker.scale(new Box(10, 10, 1, 1), 0.5, 320, 180))
        .isEqualTo(new Box(5, 5, 1, 1));
  }
}
