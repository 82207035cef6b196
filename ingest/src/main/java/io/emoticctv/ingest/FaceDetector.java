package io.emoticctv.ingest;

import java.util.List;

/**
 * Finds faces in a frame. One instance per camera thread: implementations need not be thread-safe.
 */
public interface FaceDetector extends AutoCloseable {

  List<Detection> detect(GrayFrame frame);

  @Override
  void close();
}
