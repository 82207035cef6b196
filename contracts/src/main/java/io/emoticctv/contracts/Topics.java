package io.emoticctv.contracts;

/** Default topic names. Every process takes them from configuration, defaulting to these. */
public final class Topics {
  public static final String FACES = "faces";
  public static final String FACES_DLQ = "faces-dlq";
  public static final String CAMERA_STATUS = "camera-status";
  public static final String EMOTION_WINDOWS = "emotion-windows";
  public static final String ALERTS = "alerts";
  /** Compacted: the current configuration of every camera, a tombstone for a removed one. */
  public static final String CAMERAS = "cameras";
  /** Compacted: the current version of every alert rule, a tombstone for a deleted one. */
  public static final String RULES = "rules";
  /** Short retention: low-resolution preview images for the live view. */
  public static final String PREVIEWS = "previews";
  /** Short retention: each tracked face's current smoothed emotion, for the live view. */
  public static final String TRACK_EMOTIONS = "track-emotions";
  public static final String CAMERA_PROBES = "camera-probes";
  public static final String CAMERA_PROBE_RESULTS = "camera-probe-results";

  private Topics() {}
}
