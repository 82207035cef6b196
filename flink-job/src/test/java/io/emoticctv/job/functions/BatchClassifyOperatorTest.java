package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.T0;
import static io.emoticctv.job.testing.Fixtures.trackedFace;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.job.classify.FaceClassifier;
import io.emoticctv.job.records.ClassifiedFace;
import io.emoticctv.job.testing.FirstPixelClassifier;
import io.emoticctv.job.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchClassifyOperatorTest {
  private static final int BATCH = 3;
  private static final long MAX_WAIT = 20;

  /** Model calls made, by batch size; the harness runs the operator in this JVM, unserialised. */
  private final List<Integer> calls = new ArrayList<>();
  private final List<String> closed = new ArrayList<>();
  private OneInputStreamOperatorTestHarness<FaceRecord, ClassifiedFace> harness;

  @BeforeEach
  void open() throws Exception {
    harness = new OneInputStreamOperatorTestHarness<>(new BatchClassifyOperator(
        () -> new RecordingClassifier(calls, closed), BATCH, MAX_WAIT));
    harness.setProcessingTime(0);
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void faces(int n, Emotion emotion) throws Exception {
    for (int i = 0; i < n; i++) {
      long captureTime = T0 + i * 100L;
      harness.processElement(trackedFace("cam-1", captureTime, i, emotion), captureTime);
    }
  }

  @Test
  void classifiesOncePerFullBatchKeepingEventTime() throws Exception {
    faces(7, Emotion.FEAR);

    assertThat(calls).containsExactly(3, 3);
    List<StreamRecord<? extends ClassifiedFace>> out = harness.extractOutputStreamRecords();
    assertThat(out).hasSize(6);
    assertThat(out.get(4).getTimestamp()).isEqualTo(T0 + 400);
    ClassifiedFace fifth = out.get(4).getValue();
    assertThat(fifth.captureTime()).isEqualTo(T0 + 400);
    assertThat(fifth.cameraId()).isEqualTo("cam-1");
    assertThat(fifth.trackId()).isEqualTo(4L);
    assertThat(fifth.box()).isEqualTo(Fixtures.BOX);
    assertThat(fifth.model()).isEqualTo("first-pixel-test");
    assertThat(fifth.modelSha256()).isEqualTo(Fixtures.MODEL_SHA256);
    assertThat(fifth.probabilities()[Emotion.FEAR.ordinal()]).isEqualTo(0.94f);
  }

  @Test
  void classifiesAPartialBatchOnceTheMaxWaitHasPassed() throws Exception {
    faces(2, Emotion.ANGER);

    harness.setProcessingTime(MAX_WAIT - 1);
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.setProcessingTime(MAX_WAIT);
    assertThat(calls).containsExactly(2);
    assertThat(harness.extractOutputValues()).hasSize(2);
    assertThat(harness.getProcessingTimeService().getNumActiveTimers()).isZero();
  }

  @Test
  void aTimerOfABatchAlreadySentDoesNotCutTheNextBatchShort() throws Exception {
    faces(3, Emotion.ANGER); // full batch at t=0; its timer (t=20) stays registered
    harness.setProcessingTime(10);
    faces(1, Emotion.ANGER); // new batch, due at t=30

    harness.setProcessingTime(20);
    assertThat(calls).containsExactly(3);

    harness.setProcessingTime(30);
    assertThat(calls).containsExactly(3, 1);
  }

  @Test
  void flushesBeforeForwardingAWatermarkSoNoFaceTurnsLate() throws Exception {
    faces(2, Emotion.ANGER);

    harness.processWatermark(new Watermark(T0 + 5_000));

    List<Object> out = new ArrayList<>(harness.getOutput());
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isInstanceOf(StreamRecord.class);
    assertThat(out.get(1)).isInstanceOf(StreamRecord.class);
    assertThat(out.get(2)).isEqualTo(new Watermark(T0 + 5_000));
  }

  @Test
  void flushesBeforeACheckpointBarrierSoTheCheckpointCoversEveryFace() throws Exception {
    faces(2, Emotion.ANGER);

    harness.prepareSnapshotPreBarrier(1);

    assertThat(harness.extractOutputValues()).hasSize(2);
  }

  @Test
  void flushesAtTheEndOfInputAndClosesTheModel() throws Exception {
    faces(1, Emotion.ANGER);

    harness.endInput();
    assertThat(harness.extractOutputValues()).hasSize(1);

    harness.close();
    assertThat(closed).containsExactly("closed");
  }

  @Test
  void anEmptyBatchNeverCallsTheModel() throws Exception {
    harness.processWatermark(new Watermark(T0));
    harness.prepareSnapshotPreBarrier(1);
    harness.setProcessingTime(1_000);

    assertThat(calls).isEmpty();
  }

  private record RecordingClassifier(List<Integer> calls, List<String> closed) implements FaceClassifier {
    @Override
    public float[][] classify(List<byte[]> crops) {
      calls.add(crops.size());
      return new FirstPixelClassifier().classify(crops);
    }

    @Override
    public String modelId() {
      return Fixtures.MODEL;
    }

    @Override
    public String weightsSha256() {
      return Fixtures.MODEL_SHA256;
    }

    @Override
    public void close() {
      closed.add("closed");
    }
  }
}
