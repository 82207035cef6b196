package io.emoticctv.portal.cameras;

/** Kafka did not acknowledge a camera's configuration in time; the change is not saved. */
public final class CameraPublishException extends RuntimeException {
  CameraPublishException(String topic, String cameraId, Exception cause) {
    super("could not publish camera " + cameraId + " to " + topic + ": " + cause, cause);
  }
}
