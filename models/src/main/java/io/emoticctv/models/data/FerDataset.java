package io.emoticctv.models.data;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.GrayImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A labelled image set in FER2013 layout (one sub-folder per emotion, named by
 * {@link Emotion#datasetFolder()}), held in memory as model inputs: every image has been through
 * {@link FacePreprocessing#toModelInput}, exactly like a live crop from ingest.
 *
 * @param images 48x48 gray crops, {@link FacePreprocessing#PIXELS} bytes each
 * @param labels emotion ordinal of each image
 */
public record FerDataset(List<byte[]> images, int[] labels) {
  private static final Set<String> IMAGE_SUFFIXES = Set.of(".jpg", ".jpeg", ".png", ".bmp", ".gif");

  public FerDataset {
    if (images.size() != labels.length) {
      throw new IllegalArgumentException(images.size() + " images but " + labels.length + " labels");
    }
    images = List.copyOf(images);
  }

  public int size() {
    return labels.length;
  }

  /**
   * Reads every image under dir's emotion folders (sorted by file name, so the order and thus
   * every seeded split and shuffle is reproducible). A missing folder counts as an empty class;
   * an unknown folder or an unreadable image is an error, so no data is silently dropped.
   */
  public static FerDataset load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("dataset folder does not exist: " + dir);
    }
    rejectUnknownFolders(dir);
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Emotion emotion : Emotion.values()) {
      Path folder = dir.resolve(emotion.datasetFolder());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      for (Path file : imageFiles(folder)) {
        files.add(file);
        labels.add(emotion.ordinal());
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no images in " + dir + "; expected sub-folders "
          + Arrays.stream(Emotion.values()).map(Emotion::datasetFolder).toList());
    }
    List<byte[]> images = IntStream.range(0, files.size()).parallel()
        .mapToObj(i -> readModelInput(files.get(i))).toList();
    return new FerDataset(images, labels.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Decodes an image file to 8-bit gray and runs it through the shared preprocessing. */
  public static byte[] readModelInput(Path file) {
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read image " + file, e);
    }
    if (image == null) {
      throw new IllegalArgumentException("not a readable image: " + file);
    }
    return FacePreprocessing.toModelInput(GrayImages.pixels(image), image.getWidth(), image.getHeight());
  }

  public int[] classCounts() {
    int[] counts = new int[Emotion.COUNT];
    for (int label : labels) {
      counts[label]++;
    }
    return counts;
  }

  public FerDataset subset(int[] indices) {
    List<byte[]> picked = new ArrayList<>(indices.length);
    int[] pickedLabels = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      picked.add(images.get(indices[i]));
      pickedLabels[i] = labels[indices[i]];
    }
    return new FerDataset(picked, pickedLabels);
  }

  /** The same labels with every image replaced by transform(image), computed in parallel. */
  public FerDataset mapImages(UnaryOperator<byte[]> transform) {
    return new FerDataset(images.parallelStream().map(transform).toList(), labels);
  }

  /** The first n images of each class, in file-name order. */
  public FerDataset firstPerClass(int n) {
    int[] taken = new int[Emotion.COUNT];
    return subset(IntStream.range(0, size()).filter(i -> taken[labels[i]]++ < n).toArray());
  }

  /** Every n-th image (0, n, 2n, ...): a fixed sample with about the class mix of the whole set. */
  public FerDataset everyNth(int n) {
    return subset(IntStream.range(0, size()).filter(i -> i % n == 0).toArray());
  }

  private static List<Path> imageFiles(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(Files::isRegularFile)
          .filter(p -> IMAGE_SUFFIXES.stream().anyMatch(s -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static void rejectUnknownFolders(Path dir) {
    Set<String> known = Arrays.stream(Emotion.values()).map(Emotion::datasetFolder).collect(Collectors.toSet());
    try (Stream<Path> listing = Files.list(dir)) {
      List<String> unknown = listing.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> !known.contains(name)).sorted().toList();
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("unknown class folders " + unknown + " in " + dir
            + "; expected only " + known.stream().sorted().toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
