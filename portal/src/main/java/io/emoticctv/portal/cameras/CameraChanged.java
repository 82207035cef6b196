package io.emoticctv.portal.cameras;

/** An admin added, changed or removed the camera on this portal instance; published once stored. */
public record CameraChanged(String cameraId) {}
