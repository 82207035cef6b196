package io.emoticctv.portal.issues;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types an issue may carry, recognised by their first bytes (never by the file name or
 * the type the browser claims). Each is stored as {@code storedType}: GIFs become PNGs.
 */
enum ImageKind {
  PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png", "image/png"),
  JPEG(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "jpg", "image/jpeg"),
  GIF87(new byte[] {'G', 'I', 'F', '8', '7', 'a'}, "png", "image/png"),
  GIF89(new byte[] {'G', 'I', 'F', '8', '9', 'a'}, "png", "image/png");

  private final byte[] magic;
  final String storedExtension;
  final String storedType;

  ImageKind(byte[] magic, String storedExtension, String storedType) {
    this.magic = magic;
    this.storedExtension = storedExtension;
    this.storedType = storedType;
  }

  /** The ImageIO writer format of the stored copy. */
  String writerFormat() {
    return storedExtension.equals("jpg") ? "jpeg" : "png";
  }

  static Optional<ImageKind> of(byte[] content) {
    return Arrays.stream(values())
        .filter(k -> content.length >= k.magic.length && Arrays.equals(content, 0, k.magic.length, k.magic, 0, k.magic.length))
        .findFirst();
  }
}
