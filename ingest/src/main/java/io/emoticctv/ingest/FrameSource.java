package io.emoticctv.ingest;

import java.io.IOException;

/** A camera's decoded frames, one at a time. Used by one thread. */
public interface FrameSource extends AutoCloseable {

  /** Nominal frames per second of the source. */
  double frameRate();

  /**
   * Decodes the next frame.
   *
   * @return false at the end of the stream
   * @throws IOException this frame could not be read; the next one may be fine
   */
  boolean grab() throws IOException;

  /** The frame last grabbed, as gray pixels (a copy the caller owns). */
  GrayFrame gray() throws IOException;

  /** The frame last grabbed with its colour (copies the caller owns); gray for a gray source. */
  default ColourFrame colour() throws IOException {
    return ColourFrame.gray(gray());
  }

  /** Starts the source again from its beginning. */
  void rewind() throws IOException;

  @Override
  void close();

  /** Connects to a camera's source. */
  @FunctionalInterface
  interface Opener {
    FrameSource open(CameraConfig camera) throws IOException;
  }
}
