package io.emoticctv.ingest;

/**
 * The centres of a face's eyes in frame pixels. "Right" and "left" are the person's own: for a face
 * looking at the camera, the right eye is on the image's left.
 */
public record Eyes(double rightX, double rightY, double leftX, double leftY) {

  /**
   * The eye line's angle to the horizontal, in degrees, clockwise positive (image y grows down).
   */
  public double rollDegrees() {
    return Math.toDegrees(Math.atan2(leftY - rightY, leftX - rightX));
  }

  /** The same eyes seen in a crop whose top-left corner is at ({@code x}, {@code y}). */
  public Eyes relativeTo(double x, double y) {
    return new Eyes(rightX - x, rightY - y, leftX - x, leftY - y);
  }
}
