package io.emoticctv.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample camera clips in the shared folder ({@code -Demoticctv.shared}, default ../shared from
 * the repo root).
 */
final class SharedMedia {
  static final String CLASSROOM = "classroom";
  static final String WALKING = "face-demographics-walking-and-pause";
  static final String TWO_HEAD_POSES = "head-pose-face-detection-female-and-male";
  static final String ONE_HEAD_POSE = "head-pose-face-detection-female";

  private SharedMedia() {}

  /** The clip's MP4; skips the calling test when the shared media folder is absent. */
  static Path clip(String name) {
    Path repoRoot = Path.of("").toAbsolutePath().getParent();
    Path media =
        repoRoot
            .resolve(System.getProperty("emoticctv.shared", "../shared"))
            .normalize()
            .resolve("media");
    Path clip = media.resolve(name + ".mp4");
    assumeTrue(
        Files.isReadable(clip),
        "skipped: sample clip " + clip + " not found (set -Demoticctv.shared)");
    return clip;
  }
}
