package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PortalCamerasTest {

  static CameraConfigRecord portalCamera(String id, String url, double fps, boolean enabled) {
    return new CameraConfigRecord(
        CameraConfigRecord.SCHEMA_VERSION,
        id,
        "Front desk",
        "Building A",
        "",
        url,
        null,
        null,
        "",
        fps,
        enabled,
        true,
        1_700_000_000_000L);
  }

  private static byte[] json(CameraConfigRecord record) {
    return RecordCodec.CAMERA_CONFIGS.encode(record);
  }

  @Test
  void aFileUriBecomesALoopingPath() {
    CameraConfig camera =
        PortalCameras.toCameraConfig(
            portalCamera("desk", "file:///media/clips/desk%20cam.mp4", 2.5, true));

    assertThat(camera)
        .isEqualTo(
            new CameraConfig(
                "desk",
                "/media/clips/desk cam.mp4",
                2.5,
                true,
                CameraConfig.DEFAULT_MIN_FACE_PX,
                CameraConfig.DEFAULT_DETECTOR));
  }

  @Test
  void thePortalsPrivacyBlurIsKept() {
    CameraConfigRecord open = portalCamera("desk", "/media/a.mp4", 5, true);
    CameraConfigRecord unblurred =
        new CameraConfigRecord(
            open.v(),
            open.cameraId(),
            open.name(),
            open.location(),
            open.description(),
            open.sourceUrl(),
            null,
            null,
            "",
            5,
            true,
            false,
            open.updatedAt());

    assertThat(PortalCameras.toCameraConfig(open).privacyBlur()).isTrue();
    assertThat(PortalCameras.toCameraConfig(unblurred).privacyBlur()).isFalse();
  }

  @Test
  void anAbsolutePathLoopsToo() {
    assertThat(PortalCameras.toCameraConfig(portalCamera("desk", "/media/a.mp4", 5, true)).loop())
        .isTrue();
  }

  @Test
  void aStreamIsKeptAsItIsAndDoesNotLoop() {
    CameraConfig camera =
        PortalCameras.toCameraConfig(
            portalCamera("gate", "rtsp://user:pw@10.0.0.7:554/stream1", 5, true));

    assertThat(camera)
        .isEqualTo(
            new CameraConfig(
                "gate",
                "rtsp://user:pw@10.0.0.7:554/stream1",
                5,
                false,
                CameraConfig.DEFAULT_MIN_FACE_PX,
                CameraConfig.DEFAULT_DETECTOR));
  }

  @Test
  void anEnabledCameraIsWanted() throws MalformedRecordException {
    assertThat(
            PortalCameras.wanted(
                "gate", json(portalCamera("gate", "rtsp://10.0.0.7/stream", 5, true))))
        .contains(CameraConfig.of("gate", "rtsp://10.0.0.7/stream"));
  }

  @Test
  void aDisabledCameraOrATombstoneIsNotWanted() throws MalformedRecordException {
    assertThat(
            PortalCameras.wanted(
                "gate", json(portalCamera("gate", "rtsp://10.0.0.7/stream", 5, false))))
        .isEmpty();
    assertThat(PortalCameras.wanted("gate", null)).isEmpty();
  }

  @Test
  void unusableRecordsSayWhy() {
    assertThatThrownBy(() -> PortalCameras.wanted("gate", "{oops".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageContaining("not a CameraConfigRecord JSON document");
    assertThatThrownBy(
            () ->
                PortalCameras.wanted(
                    "gate", json(portalCamera("lobby", "rtsp://10.0.0.7/stream", 5, true))))
        .hasMessage("key 'gate' is not the record's cameraId 'lobby'");
    assertThatThrownBy(
            () -> PortalCameras.wanted(null, json(portalCamera("gate", "rtsp://h/s", 5, true))))
        .hasMessageContaining("without a key");
    assertThatThrownBy(
            () -> PortalCameras.wanted("gate", json(portalCamera("gate", "rtsp://h/s", 0, true))))
        .hasMessageContaining("analysisFps must be positive");
    assertThatThrownBy(
            () -> PortalCameras.wanted("gate", json(portalCamera("gate", "rtsp://h/s", 90, true))))
        .hasMessageContaining("analysis fps must be in (0, 60]");
    assertThatThrownBy(
            () -> PortalCameras.wanted("a+b", json(portalCamera("a+b", "rtsp://h/s", 5, true))))
        .hasMessageContaining("camera id 'a+b' must be");
    assertThatThrownBy(
            () ->
                PortalCameras.wanted(
                    "gate", json(portalCamera("gate", "file:relative/clip.mp4", 5, true))))
        .hasMessage("camera gate: sourceUrl is not a file URI");
  }
}
