package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.ingest.DetectionTiles.Tile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceRegionDetectorTest {

  @Test
  void theRegionIsTwoAndAHalfFacesWideAroundTheFace() {
    assertThat(FaceRegionDetector.regionAround(new Box(200, 100, 20, 20), 480, 270))
        .isEqualTo(new Tile(185, 85, 50));
  }

  @Test
  void aFaceAtTheEdgeGetsARegionMovedInsideTheFrame() {
    assertThat(FaceRegionDetector.regionAround(new Box(0, 255, 20, 15), 480, 270))
        .isEqualTo(new Tile(0, 220, 50));
    assertThat(FaceRegionDetector.regionAround(new Box(465, 0, 15, 20), 480, 270))
        .isEqualTo(new Tile(430, 0, 50));
  }

  @Test
  void theSameFaceIsTheCandidateOverlappingTheOldBoxMost() {
    Box was = new Box(100, 100, 20, 20);
    BlazeFaceDecoder.Candidate neighbour = candidate(130, 110, 20);
    BlazeFaceDecoder.Candidate movedABit = candidate(113, 111, 20);
    BlazeFaceDecoder.Candidate movedMore = candidate(118, 112, 20);

    assertThat(FaceRegionDetector.sameFace(List.of(neighbour, movedMore, movedABit), was, 480, 270))
        .contains(movedABit);
  }

  @Test
  void noCandidateOverlappingTheOldBoxEnoughMeansTheFaceIsLost() {
    Box was = new Box(100, 100, 20, 20);

    assertThat(FaceRegionDetector.sameFace(List.of(candidate(125, 110, 20)), was, 480, 270))
        .isEmpty();
    assertThat(FaceRegionDetector.sameFace(List.of(), was, 480, 270)).isEmpty();
  }

  /** A square face candidate in frame pixels, centred at (x, y). */
  private static BlazeFaceDecoder.Candidate candidate(double x, double y, double side) {
    return new BlazeFaceDecoder.Candidate(x, y, side, side, x - 4, y - 3, x + 4, y - 3, x, y, 0.7f);
  }
}
