package io.emoticctv.contracts;

/** Why a camera probe could not read a frame, so the portal can say what to fix. */
public enum ProbeFailure {
  /** The host name does not resolve. */
  DNS,
  /** Nothing listens on the host and port. */
  REFUSED,
  /** The source wants credentials, or rejected the ones given. */
  AUTH,
  /** The source did not answer, or sent no frame, in time. */
  TIMEOUT,
  /** The source answered, but not with a video stream or image the agent can decode. */
  NOT_VIDEO,
  /** The URL itself is malformed or uses an unsupported scheme. */
  BAD_URL,
  /** Anything else; the message says what. */
  OTHER
}
