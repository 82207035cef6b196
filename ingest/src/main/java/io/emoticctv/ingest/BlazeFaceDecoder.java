package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns BlazeFace's raw output tensors into face candidates (pure Java, so it is unit-tested on
 * synthetic tensors).
 *
 * <p>The model has 896 anchors on two grids over its square input: 16x16 cells with 2 anchors each
 * (512), then 8x8 cells with 6 anchors each (384). Per grid it outputs score logits {@code [1,n,1]}
 * and regressors {@code [1,n,16]}: centre offset dx, dy, then width, height, then 6 keypoints (x,
 * y) as offsets from the anchor, all in input pixels. Anchor centres are at {@code (cell + 0.5) /
 * cells} of the input, anchor-major within a cell, cells row by row. Keypoints 0 and 1 are the
 * person's right and left eye, 2 the nose tip (then mouth, right and left ear).
 */
final class BlazeFaceDecoder {
  static final int VALUES_PER_ANCHOR = 16;
  static final int FINE_CELLS = 16;
  static final int FINE_ANCHORS_PER_CELL = 2;
  static final int COARSE_CELLS = 8;
  static final int COARSE_ANCHORS_PER_CELL = 6;

  private BlazeFaceDecoder() {}

  /**
   * A face in the model input's normalised coordinates (0..1 across the input), or once mapped, in
   * frame pixels.
   */
  record Candidate(
      double centreX,
      double centreY,
      double width,
      double height,
      double rightEyeX,
      double rightEyeY,
      double leftEyeX,
      double leftEyeY,
      double noseX,
      double noseY,
      float score) {

    double left() {
      return centreX - width / 2;
    }

    double top() {
      return centreY - height / 2;
    }

    double right() {
      return centreX + width / 2;
    }

    double bottom() {
      return centreY + height / 2;
    }

    double iou(Candidate other) {
      double w = Math.min(right(), other.right()) - Math.max(left(), other.left());
      double h = Math.min(bottom(), other.bottom()) - Math.max(top(), other.top());
      if (w <= 0 || h <= 0) {
        return 0;
      }
      double inner = w * h;
      return inner / (width * height + other.width * other.height - inner);
    }

    /** The box in whole frame pixels, cut to the frame; null if nothing is left. */
    Box boxIn(int frameWidth, int frameHeight) {
      int left = (int) Math.max(0, Math.round(left()));
      int top = (int) Math.max(0, Math.round(top()));
      int right = (int) Math.min(frameWidth, Math.round(right()));
      int bottom = (int) Math.min(frameHeight, Math.round(bottom()));
      if (right - left < 2 || bottom - top < 2) {
        return null;
      }
      return new Box(left, top, right - left, bottom - top);
    }

    /** From the input's 0..1 coordinates to frame pixels, for a square tile at (x, y). */
    Candidate toFrame(double x, double y, double tileSize) {
      return new Candidate(
          x + centreX * tileSize,
          y + centreY * tileSize,
          width * tileSize,
          height * tileSize,
          x + rightEyeX * tileSize,
          y + rightEyeY * tileSize,
          x + leftEyeX * tileSize,
          y + leftEyeY * tileSize,
          x + noseX * tileSize,
          y + noseY * tileSize,
          score);
    }
  }

  /**
   * The anchors of both grids scoring at least {@code minScore} (after the sigmoid).
   *
   * @param inputSize the model's input side in pixels (the regressors are in those pixels)
   */
  static List<Candidate> decode(
      float[] fineScores,
      float[] fineBoxes,
      float[] coarseScores,
      float[] coarseBoxes,
      int inputSize,
      float minScore) {
    List<Candidate> found = new ArrayList<>();
    decodeGrid(
        fineScores, fineBoxes, FINE_CELLS, FINE_ANCHORS_PER_CELL, inputSize, minScore, found);
    decodeGrid(
        coarseScores,
        coarseBoxes,
        COARSE_CELLS,
        COARSE_ANCHORS_PER_CELL,
        inputSize,
        minScore,
        found);
    return found;
  }

  private static void decodeGrid(
      float[] scores,
      float[] boxes,
      int cells,
      int anchorsPerCell,
      int inputSize,
      float minScore,
      List<Candidate> found) {
    int anchors = cells * cells * anchorsPerCell;
    if (scores.length != anchors || boxes.length != anchors * VALUES_PER_ANCHOR) {
      throw new IllegalArgumentException(
          "a "
              + cells
              + "x"
              + cells
              + "x"
              + anchorsPerCell
              + " grid needs "
              + anchors
              + " scores and "
              + anchors * VALUES_PER_ANCHOR
              + " regressors, got "
              + scores.length
              + " and "
              + boxes.length);
    }
    // Compare logits rather than run the sigmoid on all 896 anchors.
    double minLogit = Math.log(minScore / (1.0 - minScore));
    double scale = 1.0 / inputSize;
    for (int i = 0; i < anchors; i++) {
      if (scores[i] < minLogit) {
        continue;
      }
      int cell = i / anchorsPerCell;
      double anchorX = (cell % cells + 0.5) / cells;
      double anchorY = (cell / cells + 0.5) / cells;
      int b = i * VALUES_PER_ANCHOR;
      found.add(
          new Candidate(
              anchorX + boxes[b] * scale,
              anchorY + boxes[b + 1] * scale,
              boxes[b + 2] * scale,
              boxes[b + 3] * scale,
              anchorX + boxes[b + 4] * scale,
              anchorY + boxes[b + 5] * scale,
              anchorX + boxes[b + 6] * scale,
              anchorY + boxes[b + 7] * scale,
              anchorX + boxes[b + 8] * scale,
              anchorY + boxes[b + 9] * scale,
              (float) (1 / (1 + Math.exp(-scores[i])))));
    }
  }

  /**
   * Greedy non-max suppression: best score first, dropping every candidate that overlaps a kept one
   * by more than {@code maxIou}.
   */
  static List<Candidate> nonMaxSuppression(List<Candidate> candidates, double maxIou) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> Float.compare(b.score(), a.score()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : sorted) {
      if (kept.stream().noneMatch(k -> k.iou(candidate) > maxIou)) {
        kept.add(candidate);
      }
    }
    return kept;
  }
}
