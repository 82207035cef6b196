package io.emoticctv.ingest;

import io.emoticctv.contracts.FacePreprocessing;
import java.util.Optional;

/**
 * Drops faces not worth classifying, with the reason: too small, too blurry, or turned too far.
 * Size and pose are judged from the detection, before the crop is cut; sharpness on the aligned
 * crop. Pure functions: the agent and the tests call the same code.
 *
 * @param minFacePx a face box narrower or lower than this (frame pixels) is {@link
 *     RejectReason#SMALL}
 * @param minSharpness a crop whose {@link #sharpness} is below this is {@link RejectReason#BLURRY};
 *     a flat patch (a wall a detector mistook for a face) scores 0. On the sample clips, faces
 *     score 20–3,300 (small faces higher); a drawn face blurred by three passes of a 7x7 box filter
 *     scores 5.
 * @param maxYawDegrees a head turned further than this is {@link RejectReason#POSE}
 * @param maxRollDegrees a head tilted further than this is {@link RejectReason#POSE}; the crop is
 *     levelled on the eyes, so only tilts the alignment cannot trust count
 */
public record FaceQualityGate(
    int minFacePx, double minSharpness, double maxYawDegrees, double maxRollDegrees) {

  public static final int DEFAULT_MIN_FACE_PX = 12;
  public static final double DEFAULT_MIN_SHARPNESS = 15;
  public static final double DEFAULT_MAX_YAW_DEGREES = 45;
  public static final double DEFAULT_MAX_ROLL_DEGREES = 60;
  public static final FaceQualityGate DEFAULT =
      new FaceQualityGate(
          DEFAULT_MIN_FACE_PX,
          DEFAULT_MIN_SHARPNESS,
          DEFAULT_MAX_YAW_DEGREES,
          DEFAULT_MAX_ROLL_DEGREES);

  public FaceQualityGate {
    if (minFacePx < 1) {
      throw new IllegalArgumentException("minimum face size must be positive, was " + minFacePx);
    }
    if (!(minSharpness >= 0)) {
      throw new IllegalArgumentException("minimum sharpness must be >= 0, was " + minSharpness);
    }
    if (!(maxYawDegrees > 0 && maxYawDegrees <= 90)
        || !(maxRollDegrees > 0 && maxRollDegrees <= 180)) {
      throw new IllegalArgumentException(
          "max yaw must be in (0, 90] and max roll in (0, 180] degrees, were "
              + maxYawDegrees
              + " and "
              + maxRollDegrees);
    }
  }

  /** Why the detection alone disqualifies the face (size, then pose), or empty. */
  public Optional<RejectReason> judgeDetection(Detection detection) {
    if (Math.min(detection.box().width(), detection.box().height()) < minFacePx) {
      return Optional.of(RejectReason.SMALL);
    }
    HeadPose pose = detection.pose();
    if (pose != null
        && (Math.abs(pose.yawDegrees()) > maxYawDegrees
            || Math.abs(pose.rollDegrees()) > maxRollDegrees)) {
      return Optional.of(RejectReason.POSE);
    }
    return Optional.empty();
  }

  /** {@link RejectReason#BLURRY} when the crop lacks fine detail, else empty. */
  public Optional<RejectReason> judgeCrop(GrayFrame crop) {
    return sharpness(crop) < minSharpness ? Optional.of(RejectReason.BLURRY) : Optional.empty();
  }

  /**
   * The variance of the Laplacian of the crop seen at most at the model's resolution ({@value
   * FacePreprocessing#SIZE} px): detail finer than the model sees must not make a large face count
   * as sharp, and a small face is judged at the resolution it has.
   */
  public static double sharpness(GrayFrame crop) {
    return laplacianVariance(crop.shrunkTo(FacePreprocessing.SIZE));
  }

  /**
   * Variance of the 4-neighbour Laplacian over the image's inner pixels: high where edges are
   * crisp, near 0 for a blurred or flat image. 0 for an image under 3x3.
   */
  static double laplacianVariance(GrayFrame crop) {
    int w = crop.width();
    int h = crop.height();
    if (w < 3 || h < 3) {
      return 0;
    }
    byte[] p = crop.pixels();
    double sum = 0;
    double sumOfSquares = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        int laplacian =
            (p[i - 1] & 0xFF)
                + (p[i + 1] & 0xFF)
                + (p[i - w] & 0xFF)
                + (p[i + w] & 0xFF)
                - 4 * (p[i] & 0xFF);
        sum += laplacian;
        sumOfSquares += (double) laplacian * laplacian;
      }
    }
    double n = (double) (w - 2) * (h - 2);
    double mean = sum / n;
    return Math.max(0, sumOfSquares / n - mean * mean);
  }
}
