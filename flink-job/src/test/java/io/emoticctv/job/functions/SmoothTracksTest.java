package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.BOX;
import static io.emoticctv.job.testing.Fixtures.MODEL;
import static io.emoticctv.job.testing.Fixtures.MODEL_SHA256;
import static io.emoticctv.job.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.job.records.ClassifiedFace;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmoothTracksTest {
  private static final Duration TTL = Duration.ofSeconds(30);

  private KeyedOneInputStreamOperatorTestHarness<String, ClassifiedFace, ClassifiedFace> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new SmoothTracks(0.4, TTL), SmoothTracks::key, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  /** A face the model read as {@code emotion} with 0.94. */
  private static ClassifiedFace face(Long track, long captureTime, Emotion emotion) {
    float[] p = new float[Emotion.COUNT];
    Arrays.fill(p, 0.01f);
    p[emotion.ordinal()] = 0.94f;
    return new ClassifiedFace("cam-1", captureTime, track, BOX, p, MODEL, MODEL_SHA256);
  }

  private List<TrackEmotionRecord> published() {
    return harness.getSideOutput(SmoothTracks.TRACK_EMOTIONS).stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void aTracksFacesAreSmoothedAndPublishedKeepingTheirEventTime() throws Exception {
    harness.processElement(face(7L, T0, Emotion.ANGER), T0);
    harness.processElement(face(7L, T0 + 100, Emotion.HAPPINESS), T0 + 100);

    List<ClassifiedFace> out = harness.extractOutputValues();
    assertThat(out.get(1).probabilities()[Emotion.ANGER.ordinal()]).isCloseTo(0.568f, within(1e-6f));
    assertThat(out.get(1).probabilities()[Emotion.HAPPINESS.ordinal()]).isCloseTo(0.382f, within(1e-6f));
    assertThat(harness.extractOutputStreamRecords().get(1).getTimestamp()).isEqualTo(T0 + 100);

    List<TrackEmotionRecord> published = published();
    assertThat(published).extracting(TrackEmotionRecord::emotion).containsExactly(Emotion.ANGER, Emotion.ANGER);
    TrackEmotionRecord second = published.get(1);
    assertThat(second.cameraId()).isEqualTo("cam-1");
    assertThat(second.trackId()).isEqualTo(7L);
    assertThat(second.captureTime()).isEqualTo(T0 + 100);
    assertThat(second.box()).isEqualTo(BOX);
    assertThat(second.confidence()).isCloseTo(0.568f, within(1e-6f));
  }

  @Test
  void tracksAreSmoothedApartAndUntrackedFacesPassUnsmoothedWithoutState() throws Exception {
    harness.processElement(face(7L, T0, Emotion.ANGER), T0);
    harness.processElement(face(8L, T0 + 10, Emotion.HAPPINESS), T0 + 10);
    harness.processElement(face(null, T0 + 20, Emotion.FEAR), T0 + 20);
    harness.processElement(face(null, T0 + 30, Emotion.SURPRISE), T0 + 30);

    List<ClassifiedFace> out = harness.extractOutputValues();
    assertThat(out.get(1).probabilities()[Emotion.HAPPINESS.ordinal()]).isEqualTo(0.94f);
    assertThat(out.get(3).probabilities()[Emotion.SURPRISE.ordinal()]).isEqualTo(0.94f);
    assertThat(published()).extracting(TrackEmotionRecord::trackId).containsExactly(7L, 8L);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
  }

  @Test
  void aTrackUnseenForItsTimeToLiveIsForgotten() throws Exception {
    harness.setStateTtlProcessingTime(0);
    harness.processElement(face(7L, T0, Emotion.ANGER), T0);
    harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
    // the same track id again: read afresh, not averaged with the expired state
    harness.processElement(face(7L, T0 + 100, Emotion.HAPPINESS), T0 + 100);

    assertThat(harness.extractOutputValues().get(1).probabilities()[Emotion.HAPPINESS.ordinal()]).isEqualTo(0.94f);
  }
}
