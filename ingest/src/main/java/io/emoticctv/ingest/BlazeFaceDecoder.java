package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns BlazeFace's raw output tensors into face candidates (pure Java, so it is unit-tested on
 * synthetic tensors).
 *
 * <p>The anchors lie on square grids over the model's square input: the short-range models (front
 * 128 and back 256) have 896, on 16x16 cells with 2 anchors each (512) then 8x8 cells with 6 each
 * (384); the full-range model has 2304, one per cell of 48x48. Per grid the model outputs score
 * logits {@code [1,n,1]} and regressors {@code [1,n,16]}: centre offset dx, dy, then width, height,
 * then 6 keypoints (x, y) as offsets from the anchor, all in input pixels. Anchor centres are at
 * {@code (cell + 0.5) / cells} of the input, anchor-major within a cell, cells row by row.
 * Keypoints 0 and 1 are the person's right and left eye, 2 the nose tip (then mouth, right and left
 * ear).
 */
final class BlazeFaceDecoder {
  static final int VALUES_PER_ANCHOR = 16;

  /** One anchor grid: {@code cells x cells} cells, {@code anchorsPerCell} anchors in each. */
  record Grid(int cells, int anchorsPerCell) {
    int anchors() {
      return cells * cells * anchorsPerCell;
    }
  }

  /** The grids of the short-range (front and back) models, in output order. */
  static final List<Grid> SHORT_RANGE_GRIDS = List.of(new Grid(16, 2), new Grid(8, 6));

  /** The grid of the full-range model. */
  static final List<Grid> FULL_RANGE_GRIDS = List.of(new Grid(48, 1));

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
   * The anchors of every grid scoring at least {@code minScore} (after the sigmoid).
   *
   * @param scores each grid's score logits, in the order of {@code grids}
   * @param boxes each grid's regressors, in the order of {@code grids}
   * @param inputSize the model's input side in pixels (the regressors are in those pixels)
   */
  static List<Candidate> decode(
      List<Grid> grids,
      List<float[]> scores,
      List<float[]> boxes,
      int inputSize,
      float minScore) {
    List<Candidate> found = new ArrayList<>();
    for (int g = 0; g < grids.size(); g++) {
      decodeGrid(grids.get(g), scores.get(g), boxes.get(g), inputSize, minScore, found);
    }
    return found;
  }

  private static void decodeGrid(
      Grid grid,
      float[] scores,
      float[] boxes,
      int inputSize,
      float minScore,
      List<Candidate> found) {
    int cells = grid.cells();
    int anchorsPerCell = grid.anchorsPerCell();
    int anchors = grid.anchors();
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
    // Compare logits rather than run the sigmoid on every anchor.
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
