package io.emoticctv.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.TinyFerDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FerDatasetTest {

  @Test
  void loadsEveryClassThroughTheSharedPreprocessing(@TempDir Path tmp) throws Exception {
    Path dir = TinyFerDataset.write(tmp, 3, 9);

    FerDataset data = FerDataset.load(dir);

    assertThat(data.size()).isEqualTo(21);
    assertThat(data.classCounts()).containsOnly(3);
    assertThat(data.images()).allSatisfy(img -> assertThat(img).hasSize(FacePreprocessing.PIXELS));
    Path first = dir.resolve("angry/img_000.png");
    assertThat(data.images().get(0)).isEqualTo(FerDataset.readModelInput(first));
  }

  @Test
  void stratifiedSplitKeepsEveryClassOnBothSidesAndIsSeeded(@TempDir Path tmp) throws Exception {
    FerDataset data = FerDataset.load(TinyFerDataset.write(tmp, 10, 9));

    StratifiedSplit split = StratifiedSplit.of(data, 0.2, 3);

    assertThat(split.holdout().classCounts()).containsOnly(2);
    assertThat(split.train().classCounts()).containsOnly(8);
    assertThat(StratifiedSplit.of(data, 0.2, 3).holdout().images()).containsExactlyElementsOf(split.holdout().images());
  }

  @Test
  void unreadableImageIsAnErrorNamingTheFile(@TempDir Path tmp) throws Exception {
    Path dir = TinyFerDataset.write(tmp, 1, 9);
    Files.writeString(dir.resolve("sad/broken.jpg"), "not a jpeg");

    assertThatThrownBy(() -> FerDataset.load(dir)).hasMessageContaining("broken.jpg");
  }
}
