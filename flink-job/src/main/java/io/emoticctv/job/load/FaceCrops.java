package io.emoticctv.job.load;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.GrayImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Face crops to replay, preprocessed exactly as ingest sends them (48x48 gray, equalised): real
 * faces from a FER-2013 folder when there is one, else generated crops of the same size (the
 * job's cost does not depend on what the pixels show).
 */
public record FaceCrops(List<byte[]> crops, String origin) {

  public FaceCrops {
    if (crops.isEmpty()) {
      throw new IllegalArgumentException("no crops");
    }
    crops = List.copyOf(crops);
  }

  /** Up to {@code max} crops from {@code ferDir} (e.g. {@code ../shared/datasets/fer2013/val}), else generated ones. */
  public static FaceCrops load(Path ferDir, int max) {
    if (!Files.isDirectory(ferDir)) {
      return generated(max);
    }
    List<byte[]> crops = new ArrayList<>();
    try (Stream<Path> images = Files.walk(ferDir)) {
      for (Path image : images.filter(p -> p.toString().endsWith(".jpg") || p.toString().endsWith(".png"))
          .sorted().limit(max).toList()) {
        BufferedImage decoded = ImageIO.read(image.toFile());
        if (decoded != null) {
          crops.add(FacePreprocessing.toModelInput(GrayImages.pixels(decoded), decoded.getWidth(), decoded.getHeight()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read face crops from " + ferDir, e);
    }
    return crops.isEmpty() ? generated(max) : new FaceCrops(crops, crops.size() + " FER-2013 faces from " + ferDir);
  }

  public static FaceCrops generated(int n) {
    Random random = new Random(1);
    List<byte[]> crops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] gray = new byte[FacePreprocessing.PIXELS];
      random.nextBytes(gray);
      crops.add(FacePreprocessing.toModelInput(gray, FacePreprocessing.SIZE, FacePreprocessing.SIZE));
    }
    return new FaceCrops(crops, n + " generated crops");
  }

  public byte[] get(long i) {
    return crops.get((int) (i % crops.size()));
  }
}
