package io.emoticctv.portal.cameras;

import io.micronaut.core.annotation.Nullable;

/**
 * One line of the camera list.
 *
 * @param lastSeen capture time of the camera's last decoded frame, as shown
 * @param mix shares of the newest window, or null before the first one
 */
public record CameraOverview(
    String id,
    String name,
    String location,
    String zone,
    CameraLink link,
    String lastSeen,
    @Nullable EmotionMix mix) {}
