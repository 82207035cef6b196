package io.emoticctv.models;

import java.nio.file.Path;

/** Model directories for tests: real networks with random weights. */
public final class TestModels {
  private TestModels() {}

  public static ModelDescriptor writeUntrained(Path dir, String architecture, long seed) {
    try (EmotionClassifier classifier = EmotionClassifier.untrained(architecture, seed)) {
      return ModelDirectory.write(classifier.model(), dir, ModelDirectory.draft("test", "v1", architecture));
    }
  }
}
