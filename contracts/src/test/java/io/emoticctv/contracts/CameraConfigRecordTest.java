package io.emoticctv.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameraConfigRecordTest {
  private static final long T0 = 1_764_000_000_000L;

  static CameraConfigRecord camera(String sourceUrl, double fps) {
    return new CameraConfigRecord(
        CameraConfigRecord.SCHEMA_VERSION, "cam-lobby", "Lobby", "Main entrance", "", sourceUrl,
        52.52, 13.405, "ground floor", fps, true, true, T0);
  }

  @Test
  void aCameraSurvivesTheRoundTrip() throws Exception {
    CameraConfigRecord lobby = camera("rtsp://10.0.0.7/stream1", 2.5);
    assertThat(RecordCodec.CAMERA_CONFIGS.decode(RecordCodec.CAMERA_CONFIGS.encode(lobby))).isEqualTo(lobby);
  }

  @Test
  void aCameraOffTheMapHasNoCoordinates() throws Exception {
    CameraConfigRecord offMap =
        new CameraConfigRecord(1, "cam-yard", "Yard", "", "", "/clips/yard.mp4", null, null, "", 5, false, false, T0);
    CameraConfigRecord back = RecordCodec.CAMERA_CONFIGS.decode(RecordCodec.CAMERA_CONFIGS.encode(offMap));
    assertThat(back.latitude()).isNull();
    assertThat(back.longitude()).isNull();
  }

  @Test
  void aCameraWithoutStreamOrFpsIsRejected() {
    assertThatThrownBy(() -> RecordCodec.CAMERA_CONFIGS.decode(RecordCodec.CAMERA_CONFIGS.encode(camera(" ", 5))))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("invalid CameraConfigRecord: cameraId and sourceUrl are required");
    assertThatThrownBy(() -> RecordCodec.CAMERA_CONFIGS.decode(RecordCodec.CAMERA_CONFIGS.encode(camera("/a.mp4", 0))))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageContaining("analysisFps must be positive");
  }
}
