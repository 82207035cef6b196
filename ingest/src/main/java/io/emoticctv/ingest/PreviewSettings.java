package io.emoticctv.ingest;

/**
 * How each camera's preview images are made (config keys {@code previews.*}).
 *
 * @param perSecond at most this many previews per camera per second; 0 turns previews off
 * @param maxSide the preview's longer side in pixels (frames are only ever shrunk)
 */
public record PreviewSettings(double perSecond, int maxSide) {
  public static final double DEFAULT_PER_SECOND = 1;
  public static final int DEFAULT_MAX_SIDE = 320;
  public static final PreviewSettings DEFAULT =
      new PreviewSettings(DEFAULT_PER_SECOND, DEFAULT_MAX_SIDE);
  public static final PreviewSettings OFF = new PreviewSettings(0, DEFAULT_MAX_SIDE);

  public PreviewSettings {
    if (!(perSecond >= 0 && perSecond <= 10)) {
      throw new IllegalArgumentException(
          "previews per second must be in [0, 10], was " + perSecond);
    }
    if (maxSide < 32 || maxSide > 1280) {
      throw new IllegalArgumentException("preview size must be 32..1280 px, was " + maxSide);
    }
  }

  public boolean enabled() {
    return perSecond > 0;
  }
}
