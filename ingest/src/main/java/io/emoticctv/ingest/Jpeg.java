package io.emoticctv.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** JPEG encoding of frames, in memory (nothing the agent makes is written to disk). */
final class Jpeg {
  private Jpeg() {}

  static byte[] encode(GrayFrame image) {
    BufferedImage gray =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    gray.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
    return write(gray);
  }

  /** A colour JPEG, or a gray one when the frame has no colour; all planes must be one size. */
  static byte[] encode(ColourFrame frame) {
    if (!frame.hasColour()) {
      return encode(frame.luma());
    }
    GrayFrame y = frame.luma();
    if (frame.cb().width() != y.width() || frame.cb().height() != y.height()) {
      throw new IllegalArgumentException("chroma planes must be the luma's size to encode");
    }
    BufferedImage rgb = new BufferedImage(y.width(), y.height(), BufferedImage.TYPE_3BYTE_BGR);
    // The image's own buffer: B, G, R bytes per pixel, row by row.
    byte[] bgr = ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < y.pixels().length; i++) {
      // Full-range BT.601 (JFIF), as ColourFrame holds it.
      int luma = y.pixels()[i] & 0xFF;
      int cb = (frame.cb().pixels()[i] & 0xFF) - 128;
      int cr = (frame.cr().pixels()[i] & 0xFF) - 128;
      bgr[3 * i] = channel(luma + 1.772 * cb);
      bgr[3 * i + 1] = channel(luma - 0.344136 * cb - 0.714136 * cr);
      bgr[3 * i + 2] = channel(luma + 1.402 * cr);
    }
    return write(rgb);
  }

  private static byte channel(double value) {
    return (byte) Math.max(0, Math.min(255, (int) Math.round(value)));
  }

  /**
   * Through a memory-cached stream: {@code ImageIO.write(image, "jpg", out)} would buffer the
   * encoded frame in a temporary file ({@code imageio*.tmp}) whenever the temp directory is
   * writable.
   */
  private static byte[] write(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a JPEG in memory", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
