package io.emoticctv.contracts;

/** What an ingest agent knows about one camera's stream. */
public enum CameraState {
  CONNECTING,
  ONLINE,
  OFFLINE,
  STOPPED
}
