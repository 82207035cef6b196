package io.emoticctv.ingest;

/**
 * A rough head orientation from a detector's keypoints, in degrees.
 *
 * @param yawDegrees left-right turn: 0 facing the camera, positive when the nose points towards the
 *     image's right
 * @param rollDegrees tilt of the eye line, clockwise positive (see {@link Eyes#rollDegrees()})
 */
public record HeadPose(double yawDegrees, double rollDegrees) {

  /**
   * Yaw from where the nose tip lies between the eyes. Seen from the front the nose tip projects
   * onto the eyes' midpoint; turned by {@code yaw}, it moves along the eye line by {@code (depth of
   * the nose in front of the eyes) * sin(yaw)} while the eyes close up to {@code eyeDistance *
   * cos(yaw)}. With the nose tip about half an eye distance in front of the eyes (the usual adult
   * proportion), {@code offset / (eyeDistance / 2) = tan(yaw)}. The offset is measured along the
   * eye line, so roll does not leak into yaw.
   */
  public static HeadPose fromKeypoints(Eyes eyes, double noseX, double noseY) {
    double ex = eyes.leftX() - eyes.rightX();
    double ey = eyes.leftY() - eyes.rightY();
    double eyeDistance = Math.hypot(ex, ey);
    double roll = eyes.rollDegrees();
    if (eyeDistance < 1e-6) {
      // Both eyes on one point: the head is seen from the side.
      return new HeadPose(90, roll);
    }
    double midX = (eyes.rightX() + eyes.leftX()) / 2;
    double midY = (eyes.rightY() + eyes.leftY()) / 2;
    double along = ((noseX - midX) * ex + (noseY - midY) * ey) / eyeDistance;
    double yaw = Math.toDegrees(Math.atan(along / (eyeDistance / 2)));
    return new HeadPose(yaw, roll);
  }
}
