package io.emoticctv.job.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaptureTimesTest {
  private static final long KAFKA_TIME = 99L;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFaceRecordGivesItsCaptureTime() {
    FaceRecord face = FaceRecord.of("cam", 1_764_000_000_123L, 3L, new Box(1, 2, 3, 4), 0.9f,
        new byte[FacePreprocessing.PIXELS]);
    assertThat(CaptureTimes.of(RecordCodec.FACES.encode(face), KAFKA_TIME)).isEqualTo(1_764_000_000_123L);
  }

  @Test
  void onlyTheTopLevelFieldCounts() {
    assertThat(CaptureTimes.of(utf8("{\"box\":{\"captureTime\":5},\"captureTime\":7}"), KAFKA_TIME)).isEqualTo(7);
    assertThat(CaptureTimes.of(utf8("{\"list\":[{\"captureTime\":5}]}"), KAFKA_TIME)).isEqualTo(KAFKA_TIME);
  }

  @Test
  void recordsWithoutAUsableCaptureTimeFallBackToTheKafkaTime() {
    assertThat(CaptureTimes.of(null, KAFKA_TIME)).isEqualTo(KAFKA_TIME);
    assertThat(CaptureTimes.of(utf8("{not json"), KAFKA_TIME)).isEqualTo(KAFKA_TIME);
    assertThat(CaptureTimes.of(utf8("[1,2]"), KAFKA_TIME)).isEqualTo(KAFKA_TIME);
    assertThat(CaptureTimes.of(utf8("{\"captureTime\":\"soon\"}"), KAFKA_TIME)).isEqualTo(KAFKA_TIME);
    assertThat(CaptureTimes.of(utf8("{\"captureTime\":-4}"), KAFKA_TIME)).isEqualTo(KAFKA_TIME);
  }
}
