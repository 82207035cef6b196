package io.emoticctv.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.evaluation.EvaluationReport;
import io.emoticctv.models.evaluation.ModelEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed fast model still scores on real validation faces what its model card says. */
class FastModelValidationTest {
  private static final Path REPO_ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path MODEL = REPO_ROOT.resolve("models/weights/fast-v1");

  @Test
  void fastModelAccuracyOnAValidationSampleMatchesItsModelCard() {
    Path shared = REPO_ROOT.resolve(System.getProperty("emoticctv.shared", "../shared")).normalize();
    Path val = shared.resolve("datasets/fer2013/val");
    assumeTrue(Files.isDirectory(val), "skipped: FER2013 validation images not found at " + val
        + " (set -Demoticctv.shared=DIR to point at the shared folder)");
    ModelDescriptor card = ModelDescriptor.read(MODEL);
    assertThat(card.validation()).as("model.json of fast-v1 records its validation figures").isNotNull();

    FerDataset sample = FerDataset.load(val).everyNth(12); // 300 of 3,589 images
    EvaluationReport report;
    try (EmotionClassifier classifier = EmotionClassifier.open(MODEL)) {
      assertThat(classifier.modelId()).isEqualTo("fast-v1");
      report = ModelEvaluation.evaluate(classifier, sample, val.toString(), 128);
    }

    assertThat(report.images()).isEqualTo(300);
    // 300 images: one standard error of the accuracy is ~2.8 points; allow about two
    assertThat(report.accuracy()).isCloseTo(card.validation().accuracy(), within(0.06));
    assertThat(report.accuracy()).isGreaterThan(0.5);
  }
}
