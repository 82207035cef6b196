package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.Box;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaceQualityGateTest {
  private static final FaceQualityGate GATE = FaceQualityGate.DEFAULT;
  private static final Box FACE_40 = new Box(100, 50, 40, 40);

  private static Detection facing(Box box, double yaw, double roll) {
    return new Detection(box, 0.9f, null, new HeadPose(yaw, roll));
  }

  @Test
  void aSharpFrontalFaceOfGoodSizePasses() {
    assertThat(GATE.judgeDetection(facing(FACE_40, 5, 3))).isEmpty();
    assertThat(GATE.judgeCrop(SyntheticFaces.face(44))).isEmpty();
  }

  @Test
  void aFaceBelowTheMinimumSizeIsSmall() {
    Detection tiny = facing(new Box(0, 0, 40, GATE.minFacePx() - 1), 0, 0);

    assertThat(GATE.judgeDetection(tiny)).contains(RejectReason.SMALL);
    assertThat(GATE.judgeDetection(facing(new Box(0, 0, 12, 12), 0, 0))).isEmpty();
  }

  @Test
  void aBlurredCropIsBlurryAndAFlatPatchToo() {
    GrayFrame sharp = SyntheticFaces.face(44);
    GrayFrame outOfFocus = SyntheticFaces.blurred(sharp, 3, 3);
    byte[] wall = new byte[44 * 44];
    Arrays.fill(wall, (byte) 200);

    assertThat(FaceQualityGate.sharpness(outOfFocus))
        .isLessThan(FaceQualityGate.sharpness(sharp) / 10);
    assertThat(GATE.judgeCrop(outOfFocus)).contains(RejectReason.BLURRY);
    assertThat(GATE.judgeCrop(new GrayFrame(44, 44, wall))).contains(RejectReason.BLURRY);
  }

  @Test
  void theSharpnessThresholdIsConfigurable() {
    GrayFrame slightlySoft = SyntheticFaces.blurred(SyntheticFaces.face(44), 1, 1);
    double sharpness = FaceQualityGate.sharpness(slightlySoft);
    FaceQualityGate strict = new FaceQualityGate(12, sharpness + 1, 45, 60);
    FaceQualityGate lenient = new FaceQualityGate(12, sharpness - 1, 45, 60);

    assertThat(strict.judgeCrop(slightlySoft)).contains(RejectReason.BLURRY);
    assertThat(lenient.judgeCrop(slightlySoft)).isEmpty();
  }

  @Test
  void aTurnedOrSteeplyTiltedHeadIsPose() {
    assertThat(GATE.judgeDetection(facing(FACE_40, 60, 0))).contains(RejectReason.POSE);
    assertThat(GATE.judgeDetection(facing(FACE_40, -50, 0))).contains(RejectReason.POSE);
    assertThat(GATE.judgeDetection(facing(FACE_40, 10, 75))).contains(RejectReason.POSE);
    assertThat(GATE.judgeDetection(facing(FACE_40, 30, -40))).isEmpty();
  }

  @Test
  void sizeIsJudgedBeforePoseAndADetectionWithoutKeypointsHasNoPose() {
    assertThat(GATE.judgeDetection(facing(new Box(0, 0, 8, 8), 80, 0)))
        .contains(RejectReason.SMALL);
    assertThat(GATE.judgeDetection(new Detection(FACE_40, 0.9f))).isEqualTo(Optional.empty());
  }

  @Test
  void sharpnessIsTheVarianceOfTheLaplacian() {
    // One bright pixel in the middle of a 3x3 dark patch: a single inner pixel, Laplacian -400.
    byte[] dot = new byte[9];
    dot[4] = 100;
    assertThat(FaceQualityGate.sharpness(new GrayFrame(3, 3, dot))).isZero(); // one sample
    // A vertical edge in a 4x3 patch: inner Laplacians +100 and -100 → variance 10,000.
    byte[] edge = {0, 0, 100, 100, 0, 0, 100, 100, 0, 0, 100, 100};
    assertThat(FaceQualityGate.sharpness(new GrayFrame(4, 3, edge))).isEqualTo(10_000.0);
    assertThat(FaceQualityGate.sharpness(new GrayFrame(2, 2, new byte[4]))).isZero();
  }

  @Test
  void aLargeFaceIsJudgedAtTheModelsResolution() {
    // The same drawing at 48 px and at 192 px: equally sharp to the model.
    double small = FaceQualityGate.sharpness(SyntheticFaces.face(48));
    double large = FaceQualityGate.sharpness(SyntheticFaces.face(192));

    assertThat(large).isBetween(small * 0.3, small * 3);
    assertThat(FaceQualityGate.laplacianVariance(SyntheticFaces.face(192))).isLessThan(small / 2);
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThatThrownBy(() -> new FaceQualityGate(0, 20, 45, 60))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FaceQualityGate(12, 20, 120, 60))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
