package io.emoticctv.portal.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageUploadsTest {

  static byte[] encoded(String format, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x00ff00);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  @Test
  void theTypeComesFromTheFirstBytes() throws Exception {
    assertThat(ImageKind.of(encoded("png", 2, 2))).hasValue(ImageKind.PNG);
    assertThat(ImageKind.of(encoded("jpeg", 2, 2))).hasValue(ImageKind.JPEG);
    assertThat(ImageKind.of(encoded("gif", 2, 2))).hasValue(ImageKind.GIF89);
    assertThat(ImageKind.of("GIF87a....".getBytes(StandardCharsets.US_ASCII))).hasValue(ImageKind.GIF87);
    assertThat(ImageKind.of("<svg xmlns=...>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(ImageKind.of("BM6...".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(ImageKind.of(new byte[] {(byte) 0x89, 'P'})).isEmpty();
    assertThat(ImageKind.of(new byte[0])).isEmpty();
  }

  @Test
  void imagesAreReencodedAndGifsStoredAsPng() throws Exception {
    byte[] png = encoded("png", 30, 20);
    byte[] withPayload = Arrays.copyOf(png, png.length + 20);
    System.arraycopy("<script>x</script>".getBytes(StandardCharsets.US_ASCII), 0, withPayload, png.length, 18);
    CheckedImage clean = ImageUploads.check("../../etc/shot one.PNG", withPayload);
    assertThat(clean.fileName()).isEqualTo("shot_one.png");
    assertThat(clean.contentType()).isEqualTo("image/png");
    assertThat(clean.width()).isEqualTo(30);
    assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getRGB(1, 1) & 0xffffff).isEqualTo(0x00ff00);

    CheckedImage gif = ImageUploads.check("anim.gif", encoded("gif", 4, 4));
    assertThat(gif.contentType()).isEqualTo("image/png");
    assertThat(gif.fileName()).isEqualTo("anim.png");
    assertThat(ImageUploads.check("photo.jpeg", encoded("jpeg", 8, 8)).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void anythingElseIsRefusedWithAReason() throws Exception {
    assertThatThrownBy(() -> ImageUploads.check("a.png", new byte[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> ImageUploads.check("a.png", "not an image".getBytes())).hasMessageContaining("not a PNG, JPEG or GIF");
    byte[] png = encoded("png", 30, 20);
    assertThatThrownBy(() -> ImageUploads.check("cut.png", Arrays.copyOf(png, 40))).hasMessageContaining("could not be read");
    assertThatThrownBy(() -> ImageUploads.check("big.png", new byte[ImageUploads.MAX_BYTES + 1])).hasMessageContaining("larger than 5 MB");
    assertThatThrownBy(() -> ImageUploads.check("wide.png", encoded("png", ImageUploads.MAX_SIDE + 1, 2))).hasMessageContaining("pixels per side");
    assertThat(ImageUploads.storedName(null, ImageKind.PNG)).isEqualTo("image.png");
    assertThat(ImageUploads.storedName("<>.gif", ImageKind.GIF89)).isEqualTo("image.png");
  }
}
