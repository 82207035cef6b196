package io.emoticctv.job.cluster;

import io.emoticctv.contracts.Box;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.job.testing.Fixtures;
import io.emoticctv.job.testing.LiveFaces;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Faces for a few cameras, one 10 s window at a time, with a different known number of faces
 * per camera and window, and what the {@code emotion_windows} table must then hold.
 */
final class WindowedFaces {
  private final String topic;
  private final List<String> cameras;
  private final Map<String, Long> expected = new TreeMap<>();
  private final Random pixels = new Random(7);

  /** Cameras {@code <cameraPrefix>-0}, {@code -1}, …: a prefix per test keeps tests sharing a database apart. */
  WindowedFaces(String topic, String cameraPrefix, int cameras) {
    this.topic = topic;
    this.cameras = new ArrayList<>();
    for (int c = 0; c < cameras; c++) {
      this.cameras.add(cameraPrefix + "-" + c);
    }
  }

  /** Faces of every camera in window {@code w}: 3 to 8 per camera, spread over the window. */
  List<ProducerRecord<byte[], byte[]>> window(int w) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int c = 0; c < cameras.size(); c++) {
      String camera = cameras.get(c);
      int n = 3 + (w * 7 + c * 3) % 6;
      for (int i = 0; i < n; i++) {
        records.add(record(camera, Fixtures.windowStart(w) + 200 + i * 1_100L));
      }
      expected.merge(LiveFaces.windowKey(camera, Fixtures.windowStart(w)), (long) n, Long::sum);
    }
    return records;
  }

  /**
   * One face per camera in window {@code w}, not counted: it moves event time past every earlier
   * window so they close (its own window stays open).
   */
  List<ProducerRecord<byte[], byte[]>> closingFaces(int w) {
    return cameras.stream().map(camera -> record(camera, Fixtures.windowStart(w) + 500)).toList();
  }

  /** {@code camera@windowStart} → faces produced for that window. */
  Map<String, Long> expected() {
    return Map.copyOf(expected);
  }

  private ProducerRecord<byte[], byte[]> record(String camera, long captureTime) {
    byte[] gray = new byte[FacePreprocessing.PIXELS];
    pixels.nextBytes(gray);
    FaceRecord face = FaceRecord.of(camera, captureTime, 1L, new Box(10, 10, 48, 48), 0.9f,
        FacePreprocessing.toModelInput(gray, FacePreprocessing.SIZE, FacePreprocessing.SIZE));
    return new ProducerRecord<>(topic, camera.getBytes(StandardCharsets.UTF_8), RecordCodec.FACES.encode(face));
  }
}
