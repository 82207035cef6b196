package io.emoticctv.contracts;

/**
 * Topic {@code cameras}, schema v1, key = camera id; a compacted topic holding the current
 * configuration of every camera, as the portal's admins set it (the same values as its row of
 * {@code cameras}). A removed camera's key gets a tombstone (null value). Ingest agents read the
 * topic from the start to pick cameras up, and follow it to apply changes without a restart.
 *
 * @param sourceUrl the stream: {@code rtsp://}, {@code rtsps://}, {@code http(s)://}, a {@code
 *     file:} URI or an absolute file path; may carry credentials, so it is never logged
 * @param latitude WGS84 degrees, or null when the camera is not placed on the map
 * @param longitude WGS84 degrees, or null when the camera is not placed on the map
 * @param zone the group or zone the camera belongs to, or empty
 * @param analysisFps how many frames per second are sampled for face detection
 * @param enabled false: the camera is configured but must not be streamed
 * @param privacyBlur true: faces are blurred in every preview image the camera produces
 * @param updatedAt when the configuration was saved, epoch ms
 */
public record CameraConfigRecord(
    int v,
    String cameraId,
    String name,
    String location,
    String description,
    String sourceUrl,
    Double latitude,
    Double longitude,
    String zone,
    double analysisFps,
    boolean enabled,
    boolean privacyBlur,
    long updatedAt) {

  public static final int SCHEMA_VERSION = 1;
}
