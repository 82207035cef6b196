package io.emoticctv.infra.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * The four sample clips, looped, as four cameras. Only the classroom has faces small enough to
 * need the detector's finest (and costliest) tiling.
 */
public final class DemoCameras {
  private static final int SMALL_FACES = 12;
  private static final int CLOSE_UP = 24;

  private DemoCameras() {}

  public static List<Camera> in(Path clips) {
    return List.of(
        clip(clips, "classroom", "Classroom", "Building A, room 101", "classroom", SMALL_FACES),
        clip(clips, "walkway", "Walkway", "Main entrance", "face-demographics-walking-and-pause", CLOSE_UP),
        clip(clips, "desk-pair", "Help desk", "Lobby", "head-pose-face-detection-female-and-male", CLOSE_UP),
        clip(clips, "desk-single", "Reception", "Lobby", "head-pose-face-detection-female", CLOSE_UP));
  }

  private static Camera clip(
      Path clips, String id, String name, String location, String file, int minFacePx) {
    return new Camera(id, name, location, clips.resolve(file + ".mp4").toString(), 5, true, minFacePx);
  }
}
