package io.emoticctv.portal.cameras;

import io.micronaut.serde.annotation.Serdeable;

/** A camera on the map: where it is and its health, as the camera list shows it. */
@Serdeable
public record MapMarker(
    String id,
    String name,
    String location,
    double latitude,
    double longitude,
    String state,
    String stateClass,
    String lastFrame) {

  static MapMarker of(Camera camera, CameraHealth health) {
    return new MapMarker(
        camera.id(),
        camera.name(),
        camera.location(),
        camera.latitude(),
        camera.longitude(),
        health.state(),
        health.stateClass(),
        health.lastFrame());
  }
}
