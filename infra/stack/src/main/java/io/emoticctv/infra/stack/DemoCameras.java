package io.emoticctv.infra.stack;

import java.nio.file.Path;
import java.util.List;

/** The four sample clips, looped, as four cameras. */
public final class DemoCameras {
  private DemoCameras() {}

  public static List<Camera> in(Path clips) {
    return List.of(
        clip(clips, "classroom", "Classroom", "Building A, room 101"),
        clip(clips, "walkway", "Walkway", "Main entrance", "face-demographics-walking-and-pause"),
        clip(clips, "desk-pair", "Help desk", "Lobby", "head-pose-face-detection-female-and-male"),
        clip(clips, "desk-single", "Reception", "Lobby", "head-pose-face-detection-female"));
  }

  private static Camera clip(Path clips, String id, String name, String location) {
    return clip(clips, id, name, location, id);
  }

  private static Camera clip(Path clips, String id, String name, String location, String file) {
    return new Camera(id, name, location, clips.resolve(file + ".mp4").toString(), 5, true);
  }
}
