package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.ProbeResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Base64;
import java.util.Locale;

/**
 * What the camera form shows after "Test connection".
 *
 * @param failure the agent's failure kind, or null when it read a frame or gave no answer
 * @param details {@code "1280×720 · h264 · 25 fps"}, or empty on failure
 * @param snapshot a {@code data:image/jpeg} URL of the frame read, or null
 */
@Serdeable
public record ProbeView(boolean ok, @Nullable String failure, String message, String details, @Nullable String snapshot) {

  public static ProbeView of(ProbeResult r) {
    if (!r.ok()) {
      return new ProbeView(false, r.failure() == null ? "OTHER" : r.failure().name(), r.message(), "", null);
    }
    String fps = r.fps() > 0 ? String.format(Locale.ROOT, " · %.3g fps", r.fps()) : "";
    String details = r.width() + "×" + r.height() + " · " + r.codec() + fps;
    String snapshot =
        r.snapshotJpeg() == null || r.snapshotJpeg().length == 0
            ? null
            : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(r.snapshotJpeg());
    return new ProbeView(true, null, r.message(), details, snapshot);
  }

  public static ProbeView noAnswer(long seconds) {
    return new ProbeView(
        false,
        null,
        "No ingest agent answered within " + seconds + " s. Is an ingest agent running and connected to the message bus?",
        "",
        null);
  }
}
