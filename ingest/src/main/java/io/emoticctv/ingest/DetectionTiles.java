package io.emoticctv.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut square tiles out of a frame so that a fixed-input detector sees small faces large
 * enough. Neighbouring tiles overlap by at least a quarter of a tile, so a face on a seam is whole
 * in one of them; tiles larger than the frame are padded by the caller.
 */
final class DetectionTiles {
  private DetectionTiles() {}

  /** A square tile: its top-left corner and side, in frame pixels. */
  record Tile(int x, int y, int size) {}

  static List<Tile> cover(int frameWidth, int frameHeight, int tileSize) {
    if (tileSize <= 0) {
      throw new IllegalArgumentException("tile size must be positive, was " + tileSize);
    }
    List<Tile> tiles = new ArrayList<>();
    for (int y : starts(frameHeight, tileSize)) {
      for (int x : starts(frameWidth, tileSize)) {
        tiles.add(new Tile(x, y, tileSize));
      }
    }
    return tiles;
  }

  /** Evenly spread tile starts along one axis, first at 0, last ending at the frame's edge. */
  static int[] starts(int length, int tileSize) {
    if (length <= tileSize) {
      return new int[] {0};
    }
    int minOverlap = tileSize / 4;
    int count = (int) Math.ceil((double) (length - minOverlap) / (tileSize - minOverlap));
    int[] starts = new int[count];
    for (int i = 0; i < count; i++) {
      starts[i] = (int) Math.round((double) i * (length - tileSize) / (count - 1));
    }
    return starts;
  }
}
