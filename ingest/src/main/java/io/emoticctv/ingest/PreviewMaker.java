package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.PreviewFace;
import io.emoticctv.contracts.PreviewRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * An analysed frame → a small JPEG preview, in colour when the source has colour, with its faces
 * (boxes in the preview's pixels, track ids), the faces pixelated beyond recognition when the
 * camera's privacy blur is on. In memory only: previews go to Kafka with a short retention and
 * nowhere else.
 */
final class PreviewMaker {
  /** A blurred face becomes a mosaic this many cells across: a face shape, not a person. */
  static final int MOSAIC_CELLS = 3;

  /** Blurring covers this much more than the detector's box, for hair and chin. */
  static final double BLUR_MARGIN = 0.2;

  private PreviewMaker() {}

  static PreviewRecord make(
      String cameraId,
      long captureTime,
      ColourFrame frame,
      List<PreviewFace> faces,
      boolean privacyBlur,
      int maxSide) {
    ColourFrame small = frame.shrunkTo(maxSide);
    int width = small.luma().width();
    int height = small.luma().height();
    double scale = (double) width / frame.luma().width();
    List<PreviewFace> scaled = new ArrayList<>();
    for (PreviewFace face : faces) {
      Box box = scale(face.box(), scale, width, height);
      if (box != null) {
        scaled.add(new PreviewFace(face.trackId(), box));
      }
    }
    if (privacyBlur) {
      // Colour too: a face's colours at preview size still outline it.
      small = small.map(plane -> pixelated(plane, scaled));
    }
    return new PreviewRecord(
        PreviewRecord.SCHEMA_VERSION,
        cameraId,
        captureTime,
        width,
        height,
        Jpeg.encode(small),
        scaled,
        privacyBlur);
  }

  /** The box in preview pixels, clipped to the preview; null if nothing of it is left. */
  static Box scale(Box box, double scale, int width, int height) {
    int left = (int) Math.floor(box.x() * scale);
    int top = (int) Math.floor(box.y() * scale);
    int right = Math.min(width, (int) Math.ceil((box.x() + box.width()) * scale));
    int bottom = Math.min(height, (int) Math.ceil((box.y() + box.height()) * scale));
    left = Math.max(0, left);
    top = Math.max(0, top);
    return right > left && bottom > top ? new Box(left, top, right - left, bottom - top) : null;
  }

  /** A copy of the image with each face (plus margin) replaced by a coarse mosaic of its means. */
  static GrayFrame pixelated(GrayFrame image, List<PreviewFace> faces) {
    byte[] px = image.pixels().clone();
    for (PreviewFace face : faces) {
      Box area = CropGeometry.withMargin(face.box(), BLUR_MARGIN, image.width(), image.height());
      int cell =
          Math.max(
              2, (int) Math.ceil(Math.max(area.width(), area.height()) / (double) MOSAIC_CELLS));
      for (int y0 = area.y(); y0 < area.y() + area.height(); y0 += cell) {
        for (int x0 = area.x(); x0 < area.x() + area.width(); x0 += cell) {
          int y1 = Math.min(area.y() + area.height(), y0 + cell);
          int x1 = Math.min(area.x() + area.width(), x0 + cell);
          long sum = 0;
          for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
              sum += px[y * image.width() + x] & 0xFF;
            }
          }
          byte mean = (byte) (sum / ((long) (y1 - y0) * (x1 - x0)));
          for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
              px[y * image.width() + x] = mean;
            }
          }
        }
      }
    }
    return new GrayFrame(image.width(), image.height(), px);
  }
}
