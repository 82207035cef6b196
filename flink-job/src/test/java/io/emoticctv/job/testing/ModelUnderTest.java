package io.emoticctv.job.testing;

import io.emoticctv.job.classify.EmotionClassifiers;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.ModelDirectory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real DJL emotion model for tests and the benchmark: the trained weights of the job's
 * default model (or of the model directory named by {@code -Demoticctv.model}, relative to the
 * repository root) when the models module has produced them, else an untrained network of the
 * same code path.
 */
public record ModelUnderTest(FaceClassifierFactory factory, String description) {

  public static ModelUnderTest preferTrained() {
    // the repository root: the module's parent (Failsafe runs in the module directory), or
    // what the benchmark's exec configuration passes
    Path repo = Path.of(System.getProperty("emoticctv.repo", "..")).toAbsolutePath().normalize();
    Path trained = repo.resolve(System.getProperty("emoticctv.model", ModelDirectory.JOB_DEFAULT));
    if (Files.isRegularFile(trained.resolve("model.json"))) {
      return new ModelUnderTest(EmotionClassifiers.fromModelDir(trained.toString()), "trained " + trained);
    }
    return new ModelUnderTest(
        EmotionClassifiers.untrained(EmotionNetworks.COMPACT_CNN, 7),
        "untrained " + EmotionNetworks.COMPACT_CNN + " (no " + trained + " yet)");
  }
}
