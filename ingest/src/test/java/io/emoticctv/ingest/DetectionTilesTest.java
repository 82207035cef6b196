package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.ingest.DetectionTiles.Tile;
import org.junit.jupiter.api.Test;

class DetectionTilesTest {

  @Test
  void aFrameNoLargerThanATileIsOneTile() {
    assertThat(DetectionTiles.cover(200, 100, 256)).containsExactly(new Tile(0, 0, 256));
  }

  @Test
  void tilesCoverTheFrameEdgeToEdgeOverlappingByAtLeastAQuarter() {
    int[] starts = DetectionTiles.starts(480, 171);

    assertThat(starts[0]).isZero();
    assertThat(starts[starts.length - 1] + 171).isEqualTo(480);
    for (int i = 1; i < starts.length; i++) {
      assertThat(starts[i - 1] + 171 - starts[i]).isGreaterThanOrEqualTo(171 / 4);
    }
  }

  @Test
  void aSampleClipFrameTakesEightTilesOf171PixelsPlusTheWholeFrame() {
    assertThat(DetectionTiles.cover(480, 270, 171)).hasSize(8);
    assertThat(BlazeFaceDetector.tilesFor(480, 270, 171)).hasSize(9).endsWith(new Tile(0, 0, 480));
    assertThat(BlazeFaceDetector.tilesFor(200, 100, 256)).containsExactly(new Tile(0, 0, 256));
  }

  @Test
  void tileSizeScalesWithTheSmallestFaceWanted() {
    assertThat(BlazeFaceDetector.tileSizeFor(12)).isEqualTo(171);
    assertThat(BlazeFaceDetector.tileSizeFor(18)).isEqualTo(256);
    assertThat(BlazeFaceDetector.tileSizeFor(36)).isEqualTo(512);
  }
}
