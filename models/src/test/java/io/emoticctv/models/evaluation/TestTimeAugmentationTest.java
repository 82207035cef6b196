package io.emoticctv.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.FacePreprocessing;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TestTimeAugmentationTest {

  @Test
  void averageIsTheMeanOfEachRowOverTheViews() {
    float[][] a = {{1, 0}, {0.5f, 0.5f}};
    float[][] b = {{0, 1}, {0.25f, 0.75f}};

    float[][] mean = TestTimeAugmentation.average(List.of(a, b));

    assertThat(mean[0]).containsExactly(new float[] {0.5f, 0.5f}, within(1e-7f));
    assertThat(mean[1]).containsExactly(new float[] {0.375f, 0.625f}, within(1e-7f));
  }

  @Test
  void wrappedClassifierScoresEveryCropByItsFourViewsInOneCall() {
    List<Integer> callSizes = new ArrayList<>();
    // a stand-in network whose output depends on the left and right halves of the crop
    Function<List<byte[]>, float[][]> network = crops -> {
      callSizes.add(crops.size());
      return crops.stream().map(TestTimeAugmentationTest::leftRightShares).toArray(float[][]::new);
    };
    List<byte[]> crops = List.of(leftBright(), noise(5), noise(6));

    float[][] rows = TestTimeAugmentation.wrap(network).apply(crops);

    assertThat(callSizes).containsExactly(4 * 3);
    assertThat(rows).hasNumberOfRows(3);
    for (int i = 0; i < crops.size(); i++) {
      List<float[][]> perView = TestTimeAugmentation.views(crops.get(i)).stream()
          .map(v -> new float[][] {leftRightShares(v)}).toList();
      assertThat(rows[i]).containsExactly(TestTimeAugmentation.average(perView)[0], within(1e-6f));
    }
    // a face bright on the left: mirrored views see it on the right, so the mean is about even
    assertThat(leftRightShares(crops.get(0))[0]).isGreaterThan(0.9f);
    assertThat(rows[0][0]).isCloseTo(0.5f, within(0.05f));
  }

  @Test
  void viewsAreTheCropItsMirrorAndTheCentreCropBothWays() {
    byte[] crop = noise(9);
    List<byte[]> views = TestTimeAugmentation.views(crop);

    assertThat(views).hasSize(TestTimeAugmentation.VIEW_COUNT).allSatisfy(v -> assertThat(v).hasSize(FacePreprocessing.PIXELS));
    assertThat(views.get(0)).isEqualTo(crop);
    assertThat(views.get(1)).isEqualTo(GrayCrops.flipped(crop));
    assertThat(GrayCrops.flipped(views.get(1))).isEqualTo(crop);
    assertThat(views.get(3)).isEqualTo(GrayCrops.flipped(views.get(2)));
  }

  private static float[] leftRightShares(byte[] crop) {
    double left = 0;
    double right = 0;
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 48; x++) {
        if (x < 24) {
          left += crop[y * 48 + x] & 0xFF;
        } else {
          right += crop[y * 48 + x] & 0xFF;
        }
      }
    }
    return new float[] {(float) (left / (left + right)), (float) (right / (left + right))};
  }

  private static byte[] leftBright() {
    byte[] crop = new byte[FacePreprocessing.PIXELS];
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 20; x++) {
        crop[y * 48 + x] = (byte) 250;
      }
    }
    return crop;
  }

  static byte[] noise(long seed) {
    byte[] crop = new byte[FacePreprocessing.PIXELS];
    new Random(seed).nextBytes(crop);
    return crop;
  }
}
