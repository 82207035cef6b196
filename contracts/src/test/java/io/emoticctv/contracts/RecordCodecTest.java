package io.emoticctv.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  private static final long T0 = 1_764_000_000_000L;

  @Test
  void aFaceSurvivesTheRoundTrip() throws Exception {
    byte[] crop = new byte[FacePreprocessing.PIXELS];
    crop[5] = 42;
    FaceRecord face = FaceRecord.of("cam-1", T0, 7L, new Box(10, 20, 30, 40), 0.9f, crop);
    FaceRecord back = RecordCodec.FACES.decode(RecordCodec.FACES.encode(face));
    assertThat(back.cameraId()).isEqualTo("cam-1");
    assertThat(back.trackId()).isEqualTo(7L);
    assertThat(back.box()).isEqualTo(new Box(10, 20, 30, 40));
    assertThat(back.crop()).isEqualTo(crop);
  }

  @Test
  void garbageIsRejectedWithAReason() {
    assertThatThrownBy(() -> RecordCodec.FACES.decode("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageStartingWith("not a FaceRecord JSON document");
    assertThatThrownBy(() -> RecordCodec.FACES.decode(new byte[0]))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage("empty FaceRecord");
  }

  @Test
  void aFaceWithTheWrongCropSizeIsRejected() {
    FaceRecord face = FaceRecord.of("cam-1", T0, null, new Box(0, 0, 1, 1), 0.5f, new byte[10]);
    assertThatThrownBy(() -> RecordCodec.FACES.decode(RecordCodec.FACES.encode(face)))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessageContaining("crop must be 2304 gray pixels, was 10");
  }

  @Test
  void anUnknownSchemaVersionIsRejected() {
    String json = "{\"v\":9,\"cameraId\":\"c\",\"captureTime\":1,\"box\":{\"x\":0,\"y\":0,\"width\":1,\"height\":1},"
            + "\"detectorScore\":1,\"crop\":\"\"}";
    assertThatThrownBy(() -> RecordCodec.FACES.decode(json.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("unsupported schema version 9");
  }

  @Test
  void windowSharesComeFromTheCounts() throws Exception {
    int[] counts = {3, 0, 1, 0, 4, 0, 0};
    EmotionWindow w =
        new EmotionWindow(
            2, "cam-1", T0, T0 + 10_000, 8, counts, new float[Emotion.COUNT], 5, "fast-v1", "ab12");
    EmotionWindow back = RecordCodec.EMOTION_WINDOWS.decode(RecordCodec.EMOTION_WINDOWS.encode(w));
    assertThat(back.share(Emotion.ANGER)).isEqualTo(3.0 / 8);
    assertThat(back.share(Emotion.NEUTRAL)).isEqualTo(0.5);
  }
}
