package io.emoticctv.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.evaluation.EvaluationReport;
import io.emoticctv.models.evaluation.ModelEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every committed model still scores on real validation faces what its model card says. */
class ShippedModelsValidationTest {
  private static final Path REPO_ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path WEIGHTS = REPO_ROOT.resolve("models/weights");

  static Stream<Path> shippedModels() throws IOException {
    return Files.list(WEIGHTS).filter(dir -> Files.isRegularFile(dir.resolve("model.json"))).sorted();
  }

  @ParameterizedTest
  @MethodSource("shippedModels")
  void accuracyOnAValidationSampleMatchesTheModelCard(Path model) {
    Path shared = REPO_ROOT.resolve(System.getProperty("emoticctv.shared", "../shared")).normalize();
    Path val = shared.resolve("datasets/fer2013/val");
    assumeTrue(Files.isDirectory(val), "skipped: FER2013 validation images not found at " + val
        + " (set -Demoticctv.shared=DIR to point at the shared folder)");
    ModelDescriptor card = ModelDescriptor.read(model);
    assertThat(card.validation()).as("model.json of %s records its validation figures", model).isNotNull();

    FerDataset sample = FerDataset.load(val).everyNth(12); // 300 of 3,589 images
    EvaluationReport report;
    try (EmotionClassifier classifier = EmotionClassifier.open(model)) {
      assertThat(classifier.modelId()).isEqualTo(model.getFileName().toString());
      report = ModelEvaluation.evaluate(classifier, sample, val.toString(), 128);
    }

    assertThat(report.images()).isEqualTo(300);
    // 300 images: one standard error of the accuracy is ~2.8 points; allow about two
    assertThat(report.accuracy()).isCloseTo(card.validation().accuracy(), within(0.06));
    assertThat(report.accuracy()).isGreaterThan(0.5);
  }
}
