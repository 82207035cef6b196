package io.emoticctv.ingest;

import java.util.Locale;

/**
 * Why the {@link FaceQualityGate} dropped a face; the lower-case name is the key in {@code
 * CameraStatus.rejectedByReason}.
 */
public enum RejectReason {
  /** The face box is smaller than the gate's minimum: too few pixels to read an expression. */
  SMALL,
  /**
   * The crop has too little fine detail (variance of its Laplacian): motion blur, focus, a wall.
   */
  BLURRY,
  /** The head is turned (yaw) or tilted (roll) too far for a frontal-face model. */
  POSE;

  /** The status key: {@code small}, {@code blurry}, {@code pose}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
