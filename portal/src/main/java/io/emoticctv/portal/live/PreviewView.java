package io.emoticctv.portal.live;

import io.emoticctv.contracts.PreviewRecord;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Base64;
import java.util.List;

/**
 * A preview as the live wall draws it: the image as a data URL and each face's box in percent of
 * the image, so the page can place labels over an image of any displayed size.
 */
@Serdeable
public record PreviewView(String cameraId, long capturedAt, String image, boolean blurred, List<Face> faces) {

  /** @param trackId null when the face is not tracked yet */
  @Serdeable
  public record Face(Long trackId, double left, double top, double width, double height) {}

  public static PreviewView of(PreviewRecord p) {
    List<Face> faces =
        p.faces().stream()
            .map(
                f ->
                    new Face(
                        f.trackId(),
                        percent(f.box().x(), p.width()),
                        percent(f.box().y(), p.height()),
                        percent(f.box().width(), p.width()),
                        percent(f.box().height(), p.height())))
            .toList();
    return new PreviewView(
        p.cameraId(),
        p.capturedAt(),
        "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(p.jpeg()),
        p.blurred(),
        faces);
  }

  private static double percent(int pixels, int of) {
    return of <= 0 ? 0 : Math.round(1000.0 * pixels / of) / 10.0;
  }
}
