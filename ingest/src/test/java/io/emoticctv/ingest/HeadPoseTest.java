package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeadPoseTest {
  // Eyes 20 px apart, level, midpoint at (100, 100).
  private static final Eyes LEVEL = new Eyes(90, 100, 110, 100);

  @Test
  void aNoseBelowTheEyesMidpointIsAFrontalFace() {
    HeadPose pose = HeadPose.fromKeypoints(LEVEL, 100, 112);

    assertThat(pose.yawDegrees()).isCloseTo(0, within(1e-9));
    assertThat(pose.rollDegrees()).isCloseTo(0, within(1e-9));
  }

  @Test
  void aNoseOverOneEyeIsAHeadTurnedFortyFiveDegrees() {
    assertThat(HeadPose.fromKeypoints(LEVEL, 110, 112).yawDegrees()).isCloseTo(45, within(1e-9));
    assertThat(HeadPose.fromKeypoints(LEVEL, 90, 112).yawDegrees()).isCloseTo(-45, within(1e-9));
  }

  @Test
  void aNoseOutsideTheEyesIsAProfile() {
    assertThat(HeadPose.fromKeypoints(LEVEL, 125, 110).yawDegrees()).isGreaterThan(65);
    assertThat(HeadPose.fromKeypoints(new Eyes(100, 100, 100, 100), 104, 110).yawDegrees())
        .isEqualTo(90);
  }

  @Test
  void rollDoesNotLeakIntoYaw() {
    // The same frontal face turned 30 degrees clockwise about the eyes' midpoint.
    double a = Math.toRadians(30);
    Eyes tilted =
        new Eyes(
            100 - 10 * Math.cos(a),
            100 - 10 * Math.sin(a),
            100 + 10 * Math.cos(a),
            100 + 10 * Math.sin(a));
    double noseX = 100 - 12 * Math.sin(a);
    double noseY = 100 + 12 * Math.cos(a);

    HeadPose pose = HeadPose.fromKeypoints(tilted, noseX, noseY);

    assertThat(pose.rollDegrees()).isCloseTo(30, within(1e-9));
    assertThat(pose.yawDegrees()).isCloseTo(0, within(1e-9));
  }
}
