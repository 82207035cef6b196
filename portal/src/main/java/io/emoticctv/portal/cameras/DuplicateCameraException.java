package io.emoticctv.portal.cameras;

/** A new camera was given the id of one that exists. */
public final class DuplicateCameraException extends RuntimeException {
  DuplicateCameraException(String cameraId) {
    super("a camera with the id " + cameraId + " exists");
  }
}
