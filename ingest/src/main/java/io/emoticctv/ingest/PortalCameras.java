package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns the portal's camera records (topic {@code cameras}) into the agent's camera settings. */
final class PortalCameras {
  private PortalCameras() {}

  /**
   * The camera the record asks this agent to run, or empty when it must not run: a tombstone (null
   * value, the camera was removed) or a disabled camera.
   *
   * @throws MalformedRecordException when the record cannot be used; the message says why and never
   *     contains the source URL (it may carry credentials)
   */
  static Optional<CameraConfig> wanted(String key, byte[] value) throws MalformedRecordException {
    if (key == null) {
      throw new MalformedRecordException("record without a key (the key must be the camera id)");
    }
    if (value == null) {
      return Optional.empty();
    }
    CameraConfigRecord record = RecordCodec.CAMERA_CONFIGS.decode(value);
    if (!key.equals(record.cameraId())) {
      throw new MalformedRecordException(
          "key '" + key + "' is not the record's cameraId '" + record.cameraId() + "'");
    }
    if (!record.enabled()) {
      return Optional.empty();
    }
    try {
      return Optional.of(toCameraConfig(record));
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException(e.getMessage(), e);
    }
  }

  /**
   * The portal's settings as the agent's: a {@code file:} URI becomes its path, and only local
   * files (demo clips) loop; privacy blur is the portal's; face size, detector and RTSP transport
   * are the agent's defaults.
   *
   * @throws IllegalArgumentException when a value is out of the agent's range
   */
  static CameraConfig toCameraConfig(CameraConfigRecord record) {
    String url = record.sourceUrl().trim();
    if (url.startsWith("file:")) {
      url = filePath(record.cameraId(), url);
    }
    return new CameraConfig(
        record.cameraId(),
        url,
        record.analysisFps(),
        CameraConfig.isLocalFile(url),
        CameraConfig.DEFAULT_MIN_FACE_PX,
        CameraConfig.DEFAULT_DETECTOR,
        RtspTransport.TCP,
        record.privacyBlur());
  }

  private static String filePath(String cameraId, String fileUri) {
    try {
      return Path.of(URI.create(fileUri)).toString();
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      throw new IllegalArgumentException("camera " + cameraId + ": sourceUrl is not a file URI");
    }
  }
}
