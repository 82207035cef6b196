package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import org.junit.jupiter.api.Test;

class FaceRecordsTest {
  private static final long T0 = 1_760_000_000_000L;
  private static final Box BOX = new Box(120, 80, 20, 22);

  /** A dim, low-contrast face-sized patch: gray levels 100..119 only. */
  private static byte[] dimGradient(int width, int height) {
    byte[] px = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        px[y * width + x] = (byte) (100 + (x + y) % 20);
      }
    }
    return px;
  }

  @Test
  void buildsA48x48EqualisedCropWithTheCameraTimeBoxAndScore() {
    byte[] gray = dimGradient(22, 24);

    FaceRecord face = FaceRecords.fromGrayFace("cam-1", T0, BOX, 0.9f, gray, 22, 24);

    assertThat(face.v()).isEqualTo(FaceRecord.SCHEMA_VERSION);
    assertThat(face.cameraId()).isEqualTo("cam-1");
    assertThat(face.captureTime()).isEqualTo(T0);
    assertThat(face.trackId()).isNull();
    assertThat(face.box()).isEqualTo(BOX);
    assertThat(face.detectorScore()).isEqualTo(0.9f);
    assertThat(face.crop()).hasSize(2304);
    // Equalised: the 20 input levels are spread over the full 0..255 range.
    assertThat(min(face.crop())).isZero();
    assertThat(max(face.crop())).isEqualTo(255);
  }

  @Test
  void usesExactlyTheSharedPreprocessing() {
    byte[] gray = dimGradient(30, 30);

    assertThat(FaceRecords.fromGrayFace("cam-1", T0, BOX, 0.5f, gray, 30, 30).crop())
        .isEqualTo(FacePreprocessing.toModelInput(gray, 30, 30));
  }

  @Test
  void theRecordSurvivesTheTopicCodec() throws MalformedRecordException {
    FaceRecord face = FaceRecords.fromGrayFace("cam-1", T0, BOX, 0.8f, dimGradient(16, 16), 16, 16);

    FaceRecord decoded = RecordCodec.FACES.decode(RecordCodec.FACES.encode(face));

    assertThat(decoded.crop()).isEqualTo(face.crop());
    assertThat(decoded.box()).isEqualTo(BOX);
  }

  private static int min(byte[] px) {
    int min = 255;
    for (byte p : px) {
      min = Math.min(min, p & 0xFF);
    }
    return min;
  }

  private static int max(byte[] px) {
    int max = 0;
    for (byte p : px) {
      max = Math.max(max, p & 0xFF);
    }
    return max;
  }
}
