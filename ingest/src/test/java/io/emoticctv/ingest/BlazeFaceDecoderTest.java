package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.ingest.BlazeFaceDecoder.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlazeFaceDecoderTest {
  private static final int S = 256;
  private static final int FINE = 16 * 16 * 2;
  private static final int COARSE = 8 * 8 * 6;
  private static final float SURE = 4f; // logit of ~0.982
  private static final float UNSURE = -4f;

  private final float[] fineScores = filled(FINE, UNSURE);
  private final float[] fineBoxes = new float[FINE * 16];
  private final float[] coarseScores = filled(COARSE, UNSURE);
  private final float[] coarseBoxes = new float[COARSE * 16];

  private static float[] filled(int n, float value) {
    float[] a = new float[n];
    java.util.Arrays.fill(a, value);
    return a;
  }

  /** Sets one anchor's score and regressors: offsets, size and the two eyes, in input pixels. */
  private static void anchor(
      float[] scores, float[] boxes, int index, float logit, float... regressors) {
    scores[index] = logit;
    System.arraycopy(regressors, 0, boxes, index * 16, regressors.length);
  }

  private List<Candidate> decode() {
    return BlazeFaceDecoder.decode(
        BlazeFaceDecoder.SHORT_RANGE_GRIDS,
        List.of(fineScores, coarseScores),
        List.of(fineBoxes, coarseBoxes),
        S,
        0.5f);
  }

  @Test
  void aFineAnchorIsPlacedAtItsCellCentrePlusTheOffset() {
    // Cell (x=3, y=5) of the 16x16 grid, second anchor: index (5 * 16 + 3) * 2 + 1.
    anchor(fineScores, fineBoxes, (5 * 16 + 3) * 2 + 1, SURE, 8, -16, 32, 40, -6, -4, 6, -2, 1, 5);

    List<Candidate> found = decode();

    assertThat(found).hasSize(1);
    Candidate c = found.get(0);
    double anchorX = 3.5 / 16;
    double anchorY = 5.5 / 16;
    assertThat(c.centreX()).isCloseTo(anchorX + 8.0 / S, within(1e-9));
    assertThat(c.centreY()).isCloseTo(anchorY - 16.0 / S, within(1e-9));
    assertThat(c.width()).isCloseTo(32.0 / S, within(1e-9));
    assertThat(c.height()).isCloseTo(40.0 / S, within(1e-9));
    assertThat(c.rightEyeX()).isCloseTo(anchorX - 6.0 / S, within(1e-9));
    assertThat(c.rightEyeY()).isCloseTo(anchorY - 4.0 / S, within(1e-9));
    assertThat(c.leftEyeX()).isCloseTo(anchorX + 6.0 / S, within(1e-9));
    assertThat(c.leftEyeY()).isCloseTo(anchorY - 2.0 / S, within(1e-9));
    assertThat(c.noseX()).isCloseTo(anchorX + 1.0 / S, within(1e-9));
    assertThat(c.noseY()).isCloseTo(anchorY + 5.0 / S, within(1e-9));
    assertThat(c.score()).isCloseTo(0.982f, within(0.001f));
  }

  @Test
  void aCoarseAnchorUsesTheEightByEightGridWithSixAnchorsPerCell() {
    // Cell (x=7, y=0), sixth anchor.
    anchor(coarseScores, coarseBoxes, 7 * 6 + 5, SURE, 0, 0, 64, 64);

    Candidate c = decode().get(0);

    assertThat(c.centreX()).isCloseTo(7.5 / 8, within(1e-9));
    assertThat(c.centreY()).isCloseTo(0.5 / 8, within(1e-9));
    assertThat(c.width()).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void theFullRangeModelHasOneAnchorPerCellOfA48By48Grid() {
    int anchors = 48 * 48;
    float[] scores = filled(anchors, UNSURE);
    float[] boxes = new float[anchors * 16];
    // Cell (x=47, y=2): index 2 * 48 + 47; a 192x192 input.
    anchor(scores, boxes, 2 * 48 + 47, SURE, -4, 2, 24, 24);

    List<Candidate> found =
        BlazeFaceDecoder.decode(
            BlazeFaceDecoder.FULL_RANGE_GRIDS, List.of(scores), List.of(boxes), 192, 0.5f);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).centreX()).isCloseTo(47.5 / 48 - 4.0 / 192, within(1e-9));
    assertThat(found.get(0).centreY()).isCloseTo(2.5 / 48 + 2.0 / 192, within(1e-9));
    assertThat(found.get(0).width()).isCloseTo(0.125, within(1e-9));
  }

  @Test
  void keepsOnlyAnchorsAtOrAboveTheMinimumScore() {
    anchor(fineScores, fineBoxes, 10, 0.1f, 0, 0, 10, 10); // sigmoid 0.525
    anchor(fineScores, fineBoxes, 11, -0.1f, 0, 0, 10, 10); // sigmoid 0.475

    assertThat(decode()).extracting(Candidate::score).containsExactly(0.52497917f);
  }

  @Test
  void rejectsTensorsOfTheWrongSize() {
    assertThatThrownBy(
            () ->
                BlazeFaceDecoder.decode(
                    BlazeFaceDecoder.SHORT_RANGE_GRIDS,
                    List.of(new float[10], coarseScores),
                    List.of(fineBoxes, coarseBoxes),
                    S,
                    0.5f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 512 scores");
  }

  @Test
  void mapsATilesCoordinatesToFramePixels() {
    Candidate c = new Candidate(0.5, 0.25, 0.1, 0.2, 0.4, 0.2, 0.6, 0.3, 0.5, 0.3, 0.9f);

    Candidate inFrame = c.toFrame(100, 50, 200);

    assertThat(inFrame)
        .isEqualTo(new Candidate(200, 100, 20, 40, 180, 90, 220, 110, 200, 110, 0.9f));
  }

  @Test
  void nonMaxSuppressionKeepsTheBestOfOverlappingBoxesAndAllSeparateOnes() {
    Candidate best = box(100, 100, 20, 0.9f);
    Candidate shifted = box(102, 101, 20, 0.8f); // IoU ~0.77 with best
    Candidate elsewhere = box(300, 100, 20, 0.6f);
    Candidate touching = box(118, 100, 20, 0.7f); // IoU ~0.05 with best

    assertThat(BlazeFaceDecoder.nonMaxSuppression(List.of(shifted, elsewhere, best, touching), 0.3))
        .containsExactly(best, touching, elsewhere);
  }

  private static Candidate box(double cx, double cy, double size, float score) {
    return new Candidate(cx, cy, size, size, cx - 4, cy - 2, cx + 4, cy - 2, cx, cy + 2, score);
  }

  @Test
  void iouOfIdenticalBoxesIsOneAndOfDisjointOnesZero() {
    assertThat(box(10, 10, 4, 1).iou(box(10, 10, 4, 1))).isCloseTo(1, within(1e-9));
    assertThat(box(10, 10, 4, 1).iou(box(20, 10, 4, 1))).isZero();
    assertThat(box(10, 10, 4, 1).iou(box(12, 10, 4, 1))).isCloseTo(1.0 / 3, within(1e-9));
  }
}
