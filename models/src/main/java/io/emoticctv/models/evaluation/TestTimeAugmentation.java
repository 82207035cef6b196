package io.emoticctv.models.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Test-time augmentation: each crop is classified as {@value #VIEW_COUNT} views (as is, mirrored,
 * zoomed 48/44 on the centre — a 44 px centre crop — and that crop mirrored) and the
 * probabilities are averaged. Costs {@value #VIEW_COUNT}x the inference.
 */
public final class TestTimeAugmentation {
  public static final int VIEW_COUNT = 4;
  public static final String DESCRIPTION = "mean of 4 views: original, mirrored, 44 px centre crop, mirrored centre crop";
  private static final double CENTRE_ZOOM = 48.0 / 44.0;

  private TestTimeAugmentation() {}

  static List<byte[]> views(byte[] crop) {
    byte[] zoomed = GrayCrops.zoomed(crop, CENTRE_ZOOM);
    return List.of(crop, GrayCrops.flipped(crop), zoomed, GrayCrops.flipped(zoomed));
  }

  /** Row i of the result is the mean of row i of every view's probabilities. */
  static float[][] average(List<float[][]> perView) {
    int n = perView.get(0).length;
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      out[i] = new float[perView.get(0)[i].length];
      for (float[][] view : perView) {
        for (int c = 0; c < out[i].length; c++) {
          out[i][c] += view[i][c] / perView.size();
        }
      }
    }
    return out;
  }

  /** A classifier that scores every crop by its averaged views, in one batch per call. */
  public static Function<List<byte[]>, float[][]> wrap(Function<List<byte[]>, float[][]> classifier) {
    return crops -> {
      List<List<byte[]>> byView = new ArrayList<>();
      for (int v = 0; v < VIEW_COUNT; v++) {
        byView.add(new ArrayList<>(crops.size()));
      }
      for (byte[] crop : crops) {
        List<byte[]> views = views(crop);
        for (int v = 0; v < VIEW_COUNT; v++) {
          byView.get(v).add(views.get(v));
        }
      }
      float[][] all = classifier.apply(byView.stream().flatMap(List::stream).toList());
      List<float[][]> perView = new ArrayList<>();
      for (int v = 0; v < VIEW_COUNT; v++) {
        float[][] rows = new float[crops.size()][];
        System.arraycopy(all, v * crops.size(), rows, 0, crops.size());
        perView.add(rows);
      }
      return average(perView);
    };
  }
}
