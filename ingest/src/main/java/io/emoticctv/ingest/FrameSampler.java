package io.emoticctv.ingest;

/**
 * Picks which decoded frames are analysed so that, on average, {@code targetFps} of the source's
 * {@code sourceFps} frames per second are: frame {@code i} is analysed when {@code floor(i * target
 * / source)} steps up, which spreads the picks evenly (15 → 5 fps takes every third frame; 12 → 5
 * takes frames 0, 3, 5, 8, 10, 12, ...).
 */
public final class FrameSampler {
  private final double ratio;

  public FrameSampler(double sourceFps, double targetFps) {
    if (!(sourceFps > 0) || !(targetFps > 0)) {
      throw new IllegalArgumentException(
          "frame rates must be positive: source " + sourceFps + ", target " + targetFps);
    }
    this.ratio = Math.min(1, targetFps / sourceFps);
  }

  /** Whether the frame with this 0-based index since the stream started is analysed. */
  public boolean shouldAnalyse(long frameIndex) {
    return frameIndex == 0 || Math.floor(frameIndex * ratio) > Math.floor((frameIndex - 1) * ratio);
  }
}
