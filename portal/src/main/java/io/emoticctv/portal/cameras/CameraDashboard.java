package io.emoticctv.portal.cameras;

import io.emoticctv.portal.windows.WindowView;
import java.util.List;

/**
 * What a camera's dashboard opens with; new windows arrive afterwards over Server-Sent Events.
 *
 * @param trend the windows of the trend span up to the newest window, oldest first
 */
public record CameraDashboard(
    CameraOverview camera, CameraHealth health, List<WindowView> trend, long trendSpanMillis) {}
