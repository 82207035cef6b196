package io.emoticctv.models;

import io.emoticctv.contracts.Emotion;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a small FER2013-layout folder of generated faces: each emotion is a bright bar at its
 * own height on noise, 60x60 px (so loading also exercises the resize to 48x48).
 */
public final class TinyFerDataset {
  public static final int SIDE = 60;

  private TinyFerDataset() {}

  public static Path write(Path dir, int perClass, long seed) throws IOException {
    Random random = new Random(seed);
    for (Emotion emotion : Emotion.values()) {
      Path folder = Files.createDirectories(dir.resolve(emotion.datasetFolder()));
      for (int i = 0; i < perClass; i++) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        int barTop = 4 + emotion.ordinal() * 7;
        for (int y = 0; y < SIDE; y++) {
          for (int x = 0; x < SIDE; x++) {
            int value = y >= barTop && y < barTop + 6 ? 200 + random.nextInt(56) : random.nextInt(90);
            image.getRaster().setSample(x, y, 0, value);
          }
        }
        ImageIO.write(image, "png", folder.resolve(String.format("img_%03d.png", i)).toFile());
      }
    }
    return dir;
  }
}
