package io.emoticctv.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class GrayImagesTest {

  @Test
  void grayImagesGiveTheirPixelsRowByRow() {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(2, 1, 0, 200);
    byte[] pixels = GrayImages.pixels(image);
    assertThat(pixels).hasSize(6);
    assertThat(pixels[5] & 0xFF).isEqualTo(200);
  }

  @Test
  void colourImagesAreConvertedToLuminance() {
    BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFFFFFF);
    image.setRGB(1, 0, 0x000000);
    byte[] pixels = GrayImages.pixels(image);
    assertThat(pixels[0] & 0xFF).isEqualTo(255);
    assertThat(pixels[1] & 0xFF).isZero();
  }
}
