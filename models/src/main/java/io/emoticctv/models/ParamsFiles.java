package io.emoticctv.models;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Saves and loads a model's weights as DJL params files named {@code <prefix>-<epoch>.params}. */
public final class ParamsFiles {
  private static final Pattern NAME = Pattern.compile("(.+)-(\\d{4})\\.params");

  private ParamsFiles() {}

  public static Path save(Model model, Path dir, String prefix, int epoch) {
    model.setProperty("Epoch", Integer.toString(epoch));
    try {
      Files.createDirectories(dir);
      model.save(dir, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save weights to " + dir, e);
    }
    return dir.resolve(fileName(prefix, epoch));
  }

  public static String fileName(String prefix, int epoch) {
    return String.format(Locale.ROOT, "%s-%04d.params", prefix, epoch);
  }

  /** Loads the weights of {@code paramsFile} into the model's block (which must be set). */
  public static void load(Model model, Path paramsFile) {
    Matcher m = NAME.matcher(paramsFile.getFileName().toString());
    if (!m.matches() || !Files.isRegularFile(paramsFile)) {
      throw new IllegalArgumentException("not a <prefix>-<epoch>.params file: " + paramsFile);
    }
    try {
      model.load(paramsFile.toAbsolutePath().getParent(), m.group(1), Map.of("epoch", m.group(2)));
    } catch (IOException | MalformedModelException e) {
      throw new IllegalArgumentException("cannot load weights " + paramsFile + ": " + e.getMessage(), e);
    }
  }
}
