package io.emoticctv.ingest;

/** What the agent does with one camera when the portal's record for it arrives. */
enum CameraChange {
  START,
  RESTART,
  STOP,
  IGNORE;

  /**
   * @param running the settings the camera runs with now, or null when it is not running
   * @param wanted the settings the record asks for, or null when the camera must not run
   *     (removed or disabled)
   */
  static CameraChange decide(CameraConfig running, CameraConfig wanted) {
    if (running == null) {
      return wanted == null ? IGNORE : START;
    }
    if (wanted == null) {
      return STOP;
    }
    // Portal fields the agent does not use (name, location, ...) map to equal settings: no restart.
    return running.equals(wanted) ? IGNORE : RESTART;
  }
}
