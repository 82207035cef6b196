package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameraChangeTest {
  private static final CameraConfig DESK = CameraConfig.of("desk", "rtsp://10.0.0.7/stream");

  private static CameraConfig withFps(CameraConfig camera, double fps) {
    return new CameraConfig(
        camera.id(), camera.url(), fps, camera.loop(), camera.minFacePx(), camera.detector());
  }

  @Test
  void aNewEnabledCameraStarts() {
    assertThat(CameraChange.decide(null, DESK)).isEqualTo(CameraChange.START);
  }

  @Test
  void aCameraThatIsNotRunningAndMustNotRunIsIgnored() {
    assertThat(CameraChange.decide(null, null)).isEqualTo(CameraChange.IGNORE);
  }

  @Test
  void aRemovedOrDisabledCameraStops() {
    assertThat(CameraChange.decide(DESK, null)).isEqualTo(CameraChange.STOP);
  }

  @Test
  void sameSettingsChangeNothing() {
    assertThat(CameraChange.decide(DESK, CameraConfig.of("desk", "rtsp://10.0.0.7/stream")))
        .isEqualTo(CameraChange.IGNORE);
  }

  @Test
  void anyChangedSettingRestarts() {
    assertThat(CameraChange.decide(DESK, withFps(DESK, 2))).isEqualTo(CameraChange.RESTART);
    assertThat(CameraChange.decide(DESK, CameraConfig.of("desk", "rtsp://10.0.0.8/stream")))
        .isEqualTo(CameraChange.RESTART);
    assertThat(
            CameraChange.decide(
                DESK,
                new CameraConfig(
                    "desk", DESK.url(), DESK.analysisFps(), false, 24, DESK.detector())))
        .isEqualTo(CameraChange.RESTART);
  }
}
