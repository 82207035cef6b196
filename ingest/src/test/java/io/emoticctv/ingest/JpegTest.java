package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews and probe snapshots are encoded without touching the disk. */
class JpegTest {
  private static final File DEFAULT_CACHE = ImageIO.getCacheDirectory();

  @AfterEach
  void restoreImageIoCache() {
    ImageIO.setCacheDirectory(DEFAULT_CACHE);
  }

  private static ColourFrame face() {
    byte[] luma = new byte[64 * 48];
    byte[] cb = new byte[64 * 48];
    byte[] cr = new byte[64 * 48];
    for (int i = 0; i < luma.length; i++) {
      luma[i] = (byte) (i * 7);
      cb[i] = (byte) (100 + i % 50);
      cr[i] = (byte) (160 - i % 40);
    }
    return new ColourFrame(
        new GrayFrame(64, 48, luma), new GrayFrame(64, 48, cb), new GrayFrame(64, 48, cr));
  }

  /** Whether anything was created in {@code dir} while {@code action} ran. */
  private static boolean createsAFile(Path dir, IoAction action) throws Exception {
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      action.run();
      WatchKey key = watcher.poll(500, TimeUnit.MILLISECONDS);
      return key != null && !key.pollEvents().isEmpty();
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  @Test
  void encodesInMemoryWhereImageIoWouldBufferInATemporaryFile(@TempDir Path cache)
      throws Exception {
    ImageIO.setCacheDirectory(cache.toFile());
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);

    // The control: ImageIO's own convenience method leaves an imageio*.tmp file behind it.
    assertThat(createsAFile(cache, () -> ImageIO.write(image, "jpg", new ByteArrayOutputStream())))
        .isTrue();
    byte[][] jpegs = new byte[2][];
    assertThat(
            createsAFile(
                cache,
                () -> {
                  jpegs[0] = Jpeg.encode(face());
                  jpegs[1] = Jpeg.encode(face().luma());
                }))
        .isFalse();
    for (byte[] jpeg : jpegs) {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
      assertThat(decoded.getWidth()).isEqualTo(64);
      assertThat(decoded.getHeight()).isEqualTo(48);
    }
  }
}
