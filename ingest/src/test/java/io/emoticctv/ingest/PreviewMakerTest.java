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
            "cam-1", 1234L, frameWithFace(), List.of(new PreviewFace(7L, FACE)), false, 320);

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

    GrayFrame blurred = decode(PreviewMaker.make("cam-1", 1L, frame, List.of(face), true, 320));
    GrayFrame clear = decode(PreviewMaker.make("cam-1", 1L, frame, List.of(face), false, 320));

    Box inPreview = new Box(100, 50, 40, 40);
    // A 3x3 mosaic of the face: no eyes, no mouth, only JPEG ringing at the cell edges.
    assertThat(FaceQualityGate.laplacianVariance(blurred.crop(inPreview)))
        .isLessThan(FaceQualityGate.laplacianVariance(clear.crop(inPreview)) / 5);
    Box elsewhere = new Box(0, 0, 60, 40);
    assertThat(blurred.crop(elsewhere).pixels()).isEqualTo(clear.crop(elsewhere).pixels());
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
  void aBoxIsScaledAndClippedToThePreview() {
    assertThat(PreviewMaker.scale(new Box(630, 350, 20, 20), 0.5, 320, 180))
        .isEqualTo(new Box(315, 175, 5, 5));
    assertThat(PreviewMaker.scale(new Box(10, 10, 1, 1), 0.5, 320, 180))
        .isEqualTo(new Box(5, 5, 1, 1));
  }
}
