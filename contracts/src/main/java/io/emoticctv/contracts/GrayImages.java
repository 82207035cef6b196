package io.emoticctv.contracts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** 8-bit gray pixels of an image, the form {@link FacePreprocessing} takes. */
public final class GrayImages {
  private GrayImages() {}

  /** Row-major luminance bytes, {@code width * height} of them, converting colour images. */
  public static byte[] pixels(BufferedImage image) {
    BufferedImage gray = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      gray.getGraphics().drawImage(image, 0, 0, null);
    }
    byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    return data.length == image.getWidth() * image.getHeight()
        ? data.clone()
        : (byte[]) gray.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), null);
  }
}
