package io.emoticctv.portal.issues;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded attachment and re-encodes it: the type must be PNG, JPEG or GIF by its first
 * bytes, the size and the pixel dimensions bounded (dimensions read before decoding, so a small
 * file cannot expand into gigabytes), and the pixels are drawn into a fresh image and written
 * anew. Whatever else the upload carried (metadata, trailing scripts, polyglot payloads) is gone.
 */
final class ImageUploads {
  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_SIDE = 6000;

  private ImageUploads() {}

  /** Why an upload was refused, in words for the reporter. */
  static final class Refusal extends IllegalArgumentException {
    Refusal(String message) {
      super(message);
    }
  }

  /** @throws Refusal with a message for the reporter */
  static CheckedImage check(String originalName, byte[] content) {
    if (content.length == 0) {
      throw new Refusal("The attachment " + shown(originalName) + " is empty.");
    }
    if (content.length > MAX_BYTES) {
      throw new Refusal("The attachment " + shown(originalName) + " is larger than 5 MB.");
    }
    ImageKind kind =
        ImageKind.of(content)
            .orElseThrow(() -> new Refusal(
                "The attachment " + shown(originalName) + " is not a PNG, JPEG or GIF image."));
    BufferedImage decoded = decode(content, originalName);
    BufferedImage clean =
        new BufferedImage(decoded.getWidth(), decoded.getHeight(),
            kind == ImageKind.JPEG ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    var g = clean.createGraphics();
    g.drawImage(decoded, 0, 0, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(clean, kind.writerFormat(), out)) {
        throw new IllegalStateException("no ImageIO writer for " + kind.writerFormat());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CheckedImage(
        storedName(originalName, kind), kind.storedType, clean.getWidth(), clean.getHeight(), out.toByteArray());
  }

  private static BufferedImage decode(byte[] content, String originalName) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        throw unreadable(originalName);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          throw new Refusal(
              "The attachment " + shown(originalName) + " is " + width + "×" + height + " pixels; at most "
                  + MAX_SIDE + " pixels per side are accepted.");
        }
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw unreadable(originalName);
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (Refusal refusal) {
      throw refusal;
    } catch (IOException | RuntimeException corrupt) {
      throw unreadable(originalName);
    }
  }

  private static Refusal unreadable(String originalName) {
    return new Refusal("The attachment " + shown(originalName) + " could not be read as an image.");
  }

  /** {@code screen_shot-1.png}: letters, digits, dot, dash, underscore; the extension of the stored type. */
  static String storedName(String originalName, ImageKind kind) {
    String name = originalName == null ? "" : originalName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]+", "_");
    if (stem.isEmpty() || stem.chars().allMatch(c -> c == '_')) {
      stem = "image";
    }
    if (stem.length() > 80) {
      stem = stem.substring(0, 80);
    }
    return stem + "." + kind.storedExtension;
  }

  private static String shown(String name) {
    String n = name == null || name.isBlank() ? "(unnamed)" : name.strip();
    return "\"" + (n.length() > 80 ? n.substring(0, 80) + "…" : n) + "\"";
  }
}
