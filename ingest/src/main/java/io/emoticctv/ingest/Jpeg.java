package io.emoticctv.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** JPEG encoding of gray images, in memory (nothing the agent makes is written to disk). */
final class Jpeg {
  private Jpeg() {}

  static byte[] encode(GrayFrame image) {
    BufferedImage gray =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    gray.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(gray, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a JPEG in memory", e);
    }
    return out.toByteArray();
  }
}
