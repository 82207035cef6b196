package io.emoticctv.job.testing;

import io.emoticctv.job.classify.EmotionClassifiers;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.models.EmotionNetworks;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real DJL emotion model for tests and the benchmark: the trained {@code fast-v1} weights
 * when the models module has produced them, else an untrained network of the same code path.
 */
public record ModelUnderTest(FaceClassifierFactory factory, String description) {

  public static ModelUnderTest preferTrained() {
    // the repository root: the module's parent (Failsafe runs in the module directory), or
    // what the benchmark's exec configuration passes
    Path repo = Path.of(System.getProperty("emoticctv.repo", "..")).toAbsolutePath().normalize();
    Path fastV1 = repo.resolve("models/weights/fast-v1");
    if (Files.isRegularFile(fastV1.resolve("model.json"))) {
      return new ModelUnderTest(EmotionClassifiers.fromModelDir(fastV1.toString()), "trained " + fastV1);
    }
    return new ModelUnderTest(
        EmotionClassifiers.untrained(EmotionNetworks.COMPACT_CNN, 7),
        "untrained " + EmotionNetworks.COMPACT_CNN + " (no " + fastV1 + " yet)");
  }
}
